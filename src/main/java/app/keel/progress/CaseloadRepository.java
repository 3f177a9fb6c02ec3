package app.keel.progress;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The caseload read model: one statement per grid page. Each visible client's facts come from small lateral
 * look-ups on indexed columns; the flag conditions and their condition keys repeat {@link CaseloadFlags} over the
 * bound {@link FlagRules} numbers only so the database can sort and filter the whole caseload (tests hold the two to
 * the same answers: the flag filter against the Java flags, the order against the Java urgency).
 */
interface CaseloadRepository extends JpaRepository<FlagAcknowledgement, Long> {

    String FACTS = """
            with facts as (
              select c.id, c.full_name, pr.full_name as practitioner, rp.running_since, ll.last_log,
                     coalesce(s.scheduled7, 0) as scheduled7, o.done7, o.partly7,
                     ci.pain_sum7, ci.pain_count7, ci.pain_sum_before, ci.pain_count_before, ci.last_flare,
                     dl.start_date as deload_start, dl.volume_percent as deload_percent,
                     ps.psfs_n, ps.psfs_oldest, db.deload_before, ak.acks
              from client c
              join practitioner pr on pr.id = c.primary_practitioner_id
              cross join lateral (
                select min(p.start_date) as running_since from program p
                where p.client_id = c.id and p.status = 'ACTIVE') rp
              -- Aggregating laterals (not plain expressions) so the planner evaluates each once per client
              -- instead of copying it into every flag condition that reads it.
              cross join lateral (
                select max(x.day) as last_log from (
                  select max(l.log_date) as day from item_log l where l.client_id = c.id and l.log_date <= :today
                  union all
                  select max(k.check_date) from check_in k where k.client_id = c.id and k.check_date <= :today) x) ll
              cross join lateral (
                select string_agg(fa.condition_key, '|') as acks from flag_acknowledgement fa
                where fa.client_id = c.id) ak
              cross join lateral (
                select sum(n.items) as scheduled7
                from program p
                cross join lateral (select count(*) as items from prescription i
                                    where i.program_id = p.id and not i.retired) n
                cross join generate_series(cast(:today as date) - 6, cast(:today as date), interval '1 day') g(day)
                where p.client_id = c.id and p.status in ('ACTIVE', 'COMPLETED')
                  and cast(g.day as date) between p.start_date and p.start_date + 7 * p.weeks - 1
                  and position(trim(to_char(g.day, 'DAY')) in p.schedule_days) > 0) s
              cross join lateral (
                select count(*) filter (where l.outcome = 'DONE') as done7,
                       count(*) filter (where l.outcome = 'PARTLY') as partly7
                from item_log l
                where l.client_id = c.id and l.log_date between cast(:today as date) - 6 and :today) o
              cross join lateral (
                select coalesce(sum(k.worst_pain) filter (where k.check_date > cast(:today as date) - 7), 0)
                         as pain_sum7,
                       count(*) filter (where k.check_date > cast(:today as date) - 7) as pain_count7,
                       coalesce(sum(k.worst_pain) filter (where k.check_date <= cast(:today as date) - 7), 0)
                         as pain_sum_before,
                       count(*) filter (where k.check_date <= cast(:today as date) - 7) as pain_count_before,
                       max(k.check_date) filter (where k.flare_up
                         and k.check_date > cast(:today as date) - :flareDays) as last_flare
                from check_in k
                where k.client_id = c.id and k.check_date between cast(:today as date) - 13 and :today) ci
              left join lateral (
                select d.start_date, d.volume_percent from deload_period d join program p on p.id = d.program_id
                where p.client_id = c.id and p.status = 'ACTIVE'
                  and d.start_date between :today and cast(:today as date) + :deloadAhead
                order by d.start_date limit 1) dl on true
              cross join lateral (
                select exists (select 1 from deload_period d join program p on p.id = d.program_id
                               where p.client_id = c.id and p.status in ('ACTIVE', 'COMPLETED')
                                 and d.start_date <= cast(:today as date) - 7
                                 and d.end_date >= cast(:today as date) - 13) as deload_before) db
              cross join lateral (
                select count(*) as psfs_n,
                       case when bool_or(r.latest is null) then null else min(r.latest) end as psfs_oldest
                from psfs_activity a
                left join lateral (select max(pr2.rated_on) as latest from psfs_rating pr2
                                   where pr2.activity_id = a.id) r on true
                where a.client_id = c.id and not a.retired) ps
              where c.studio_id = :studioId and c.status <> 'DISCHARGED'
                and (:everyone = true or c.primary_practitioner_id = :practitionerId
                     or exists (select 1 from client_share sh
                                where sh.client_id = c.id and sh.practitioner_id = :practitionerId))
                and (:ofPractitioner < 0 or c.primary_practitioner_id = :ofPractitioner
                     or exists (select 1 from client_share sh
                                where sh.client_id = c.id and sh.practitioner_id = :ofPractitioner))
                and (:clientId < 0 or c.id = :clientId)
            ),
            conds as (
              select f.*, '|' || coalesce(f.acks, '') || '|' as ack_list,
                f.last_flare is not null as c_flare,
                (f.pain_count7 > 0 and f.pain_count_before > 0
                 and f.pain_sum7 * f.pain_count_before - f.pain_sum_before * f.pain_count7
                     >= :painRise * f.pain_count7 * f.pain_count_before) as c_pain,
                coalesce(f.running_since <= :today
                  and cast(:today as date) - coalesce(f.last_log, f.running_since - 1) >= :silentDays, false)
                  as c_silent,
                coalesce(f.running_since <= :today and f.scheduled7 > 0
                  and 100 * (2 * f.done7 + f.partly7) < 2 * :lowBelow * f.scheduled7, false) as c_low,
                (f.psfs_n > 0 and (f.psfs_oldest is null or f.psfs_oldest <= cast(:today as date) - :psfsEvery))
                  as c_psfs,
                f.deload_start is not null as c_deload
              from facts f
            ),
            scored as (
              -- raised: every flag (the filter); urgency: only flags whose condition key is not acknowledged.
              select c.*,
                (case when c_flare then 32 else 0 end) + (case when c_pain then 16 else 0 end)
                + (case when c_silent then 8 else 0 end) + (case when c_low then 4 else 0 end)
                + (case when c_psfs then 2 else 0 end) + (case when c_deload then 1 else 0 end) as raised,
                (case when c_flare and strpos(ack_list, '|FLARE_UP:' || c.last_flare || '|') = 0 then 32 else 0 end)
                + (case when c_pain and strpos(ack_list, '|PAIN_UP:worst-'
                     || floor(cast(c.pain_sum7 as numeric) / c.pain_count7) || '|') = 0 then 16 else 0 end)
                + (case when c_silent and strpos(ack_list, '|NO_LOG:'
                     || coalesce(cast(c.last_log as text), 'never') || '|') = 0 then 8 else 0 end)
                + (case when c_low and strpos(ack_list, '|LOW_ADHERENCE:'
                     || cast(date_trunc('week', cast(:today as date)) as date) || '|') = 0 then 4 else 0 end)
                + (case when c_psfs and strpos(ack_list, '|PSFS_DUE:'
                     || coalesce(cast(c.psfs_oldest as text), 'never') || '|') = 0 then 2 else 0 end)
                + (case when c_deload and strpos(ack_list, '|DELOAD_SOON:' || c.deload_start || '|') = 0
                     then 1 else 0 end) as urgency
              from conds c
            )
            select id, full_name, practitioner, running_since, last_log, scheduled7, done7, partly7, pain_sum7,
                   pain_count7, pain_sum_before, pain_count_before, last_flare, deload_start, deload_percent, psfs_n,
                   psfs_oldest, deload_before, acks, urgency
            from scored
            where (:flagMask = 0 or (raised & :flagMask) <> 0)
            """;

    /** Most urgent first: needs every visible client's flags before the first row. */
    @Query(nativeQuery = true, value = FACTS + """
            order by urgency desc, lower(full_name), id
            offset :offset limit :limit""")
    List<Object[]> byUrgency(long studioId, boolean everyone, long practitionerId, long ofPractitioner,
                             long clientId, LocalDate today, int flagMask, int offset, int limit, int painRise,
                             int silentDays, int lowBelow, int flareDays, int deloadAhead, int psfsEvery);

    /**
     * By name: a query of its own (not a parameter of one query), so the plan can walk the name index and work out
     * flags for the page's rows only.
     */
    @Query(nativeQuery = true, value = FACTS + """
            order by lower(full_name), id
            offset :offset limit :limit""")
    List<Object[]> byName(long studioId, boolean everyone, long practitionerId, long ofPractitioner, long clientId,
                          LocalDate today, int flagMask, int offset, int limit, int painRise, int silentDays,
                          int lowBelow, int flareDays, int deloadAhead, int psfsEvery);

    @Query("select a from FlagAcknowledgement a where a.clientId = :clientId and a.flag = :flag")
    Optional<FlagAcknowledgement> acknowledgement(long clientId, Flag flag);
}
