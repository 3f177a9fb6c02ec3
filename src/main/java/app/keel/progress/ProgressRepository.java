package app.keel.progress;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.time.LocalDate;
import java.util.List;

/** A client's progress, read in a few statements however long the range (access checked by the caller). */
interface ProgressRepository extends JpaRepository<FlagAcknowledgement, Long> {

    /**
     * Every day from {@code from} to {@code to}, oldest first: scheduled items (running and completed programs, as
     * the staff log counts them), outcomes, mean effort and the check-in.
     */
    @Query(nativeQuery = true, value = """
            select cast(d.day as date) as day,
                   coalesce((select sum((select count(*) from prescription i
                                         where i.program_id = p.id and not i.retired))
                             from program p
                             where p.client_id = :clientId and p.studio_id = :studioId
                               and p.status in ('ACTIVE', 'COMPLETED')
                               and cast(d.day as date) between p.start_date and p.start_date + 7 * p.weeks - 1
                               and position(trim(to_char(d.day, 'DAY')) in p.schedule_days) > 0), 0) as scheduled,
                   l.done, l.partly, l.skipped, l.rpe, ci.worst_pain, ci.pain_now, ci.stiffness, ci.sleep_quality,
                   ci.stress, ci.confidence, ci.flare_up
            from generate_series(cast(:from as date), cast(:to as date), interval '1 day') d(day)
            cross join lateral (
              select count(*) filter (where outcome = 'DONE') as done,
                     count(*) filter (where outcome = 'PARTLY') as partly,
                     count(*) filter (where outcome = 'SKIPPED') as skipped,
                     avg(rpe) as rpe
              from item_log where client_id = :clientId and studio_id = :studioId
                and log_date = cast(d.day as date)) l
            left join check_in ci on ci.client_id = :clientId and ci.studio_id = :studioId
              and ci.check_date = cast(d.day as date)
            order by 1""")
    List<Object[]> days(long studioId, long clientId, LocalDate from, LocalDate to);

    /** Deload periods of the client's given programs (drafts and archived ones never reached the client). */
    @Query(nativeQuery = true, value = """
            select d.start_date, d.end_date, d.volume_percent, d.reason
            from deload_period d join program p on p.id = d.program_id
            where p.client_id = :clientId and p.studio_id = :studioId
              and p.status in ('ACTIVE', 'PAUSED', 'COMPLETED')
              and d.end_date >= :from and d.start_date <= :to
            order by d.start_date""")
    List<Object[]> deloads(long studioId, long clientId, LocalDate from, LocalDate to);

    @Query(nativeQuery = true, value = """
            select a.description, r.rated_on, r.score
            from psfs_activity a join psfs_rating r on r.activity_id = a.id
            where a.client_id = :clientId and a.studio_id = :studioId and not a.retired
              and r.rated_on between :from and :to
            order by a.position, r.rated_on""")
    List<Object[]> psfs(long studioId, long clientId, LocalDate from, LocalDate to);

    /** The heaviest load logged per exercise and day. */
    @Query(nativeQuery = true, value = """
            select e.name, l.log_date, max(l.load_kg)
            from item_log l join prescription i on i.id = l.prescription_id join exercise e on e.id = i.exercise_id
            where l.client_id = :clientId and l.studio_id = :studioId and l.load_kg is not null
              and l.log_date between :from and :to
            group by e.name, l.log_date
            order by e.name, l.log_date""")
    List<Object[]> loads(long studioId, long clientId, LocalDate from, LocalDate to);

    /** The first day of the client's earliest program that reached them, for the default range. */
    @Query(nativeQuery = true, value = """
            select min(p.start_date) from program p
            where p.client_id = :clientId and p.studio_id = :studioId
              and p.status in ('ACTIVE', 'PAUSED', 'COMPLETED')""")
    LocalDate firstStart(long studioId, long clientId);
}
