package app.keel.logbook;

import app.keel.logbook.adherence.Adherence;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

public interface ItemLogRepository extends JpaRepository<ItemLog, Long> {

    /**
     * A current item of a program of the signed-in client's own record, with that day's log: one statement. Anything
     * else (another client's item, another studio's, a retired one) finds nothing.
     */
    @Query("""
            select new app.keel.logbook.LoggableItem(i.id, i.sets, p, l, i.timesPerDay, e.category, i.rhythmDays)
            from Prescription i join Program p on p.id = i.programId join Client c on c.id = p.clientId
              join Exercise e on e.id = i.exerciseId
              left join ItemLog l on l.prescriptionId = i.id and l.logDate = :date
            where i.id = :itemId and i.retired = false and i.studioId = :studioId and p.studioId = :studioId
              and c.studioId = :studioId and c.accountId = :accountId""")
    Optional<LoggableItem> loggable(long itemId, LocalDate date, long studioId, long accountId);

    @Query("""
            select l from ItemLog l join Client c on c.id = l.clientId
            where c.studioId = :studioId and c.accountId = :accountId and l.logDate = :date""")
    List<ItemLog> mineOn(LocalDate date, long studioId, long accountId);

    /** A client's item logs of one day with exercise names, for staff (access checked by the caller). */
    @Query("""
            select new app.keel.logbook.ItemLogDetails(l.id, l.prescriptionId, e.name, l.logDate, l.outcome, l.setsDone,
                   l.repsDone, l.holdSeconds, l.loadKg, l.rpe, l.formHeld, l.painDuring, l.note, l.version)
            from ItemLog l join Prescription i on i.id = l.prescriptionId join Exercise e on e.id = i.exerciseId
            where l.studioId = :studioId and l.clientId = :clientId and l.logDate = :date
            order by i.position, l.id""")
    List<ItemLogDetails> ofDay(long studioId, long clientId, LocalDate date);

    /**
     * Done and partly done items per program week (0-based), for the progression gate. Only the program's training
     * days ({@code isoDays}, 1 = Monday) count: daily-rhythm items logged on other days are the client's own extra
     * (docs/clinical-rules.md, "Daily rhythm").
     */
    @Query(nativeQuery = true, value = """
            select (log_date - :start) / 7 as week,
                   count(*) filter (where outcome = 'DONE') as done,
                   count(*) filter (where outcome = 'PARTLY') as partly
            from item_log where program_id = :programId and log_date >= :start
              and cast(extract(isodow from log_date) as int) in (:isoDays)
            group by 1""")
    List<Object[]> perProgramWeek(long programId, LocalDate start, List<Integer> isoDays);

    /**
     * The staff log grid's page: one row per day from {@code to} back to {@code from}, newest first, with the items
     * scheduled that day (running and completed programs), the logged outcomes and the check-in: one statement.
     * Partly done items are counted here and weighed in {@link Adherence}, the rule's one home.
     */
    @Query(nativeQuery = true, value = """
            with days as (
              select d::date as day from generate_series(cast(:to as date), cast(:from as date), interval '-1 day') d
              offset :offset limit :limit)
            select d.day,
                   coalesce((select sum((select count(*) from prescription i
                                         where i.program_id = p.id and not i.retired))
                             from program p
                             where p.client_id = :clientId and p.studio_id = :studioId
                               and p.status in ('ACTIVE', 'COMPLETED')
                               and d.day between p.start_date and p.start_date + 7 * p.weeks - 1
                               and position(trim(to_char(d.day, 'DAY')) in p.schedule_days) > 0), 0) as scheduled,
                   l.done, l.partly, l.skipped, l.notes, ci.worst_pain, ci.flare_up, ci.note
            from days d
            cross join lateral (
              select count(*) filter (where outcome = 'DONE') as done,
                     count(*) filter (where outcome = 'PARTLY') as partly,
                     count(*) filter (where outcome = 'SKIPPED') as skipped,
                     count(note) as notes
              from item_log where client_id = :clientId and studio_id = :studioId and log_date = d.day) l
            left join check_in ci on ci.client_id = :clientId and ci.studio_id = :studioId and ci.check_date = d.day
            order by d.day desc""")
    List<Object[]> days(long studioId, long clientId, LocalDate from, LocalDate to, int offset, int limit);
}
