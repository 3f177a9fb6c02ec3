package app.keel.progress;

import app.keel.account.security.CurrentUser;
import app.keel.account.security.KeelUser;
import app.keel.base.AuditableAction;
import app.keel.base.InvalidInputException;
import app.keel.client.ClientRef;
import app.keel.client.ClientService;
import app.keel.program.ProgramService;
import app.keel.program.ProgramStatus;
import app.keel.program.ProgramSummary;
import app.keel.program.plan.WeekPlanService;
import app.keel.program.plan.WeekPlanTable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Progress for staff (a client of their caseload, any range up to a year, with planned against done loads) and for
 * the client (their own, since their first program). Another studio's or caseload's client answers like a missing one.
 */
@Service
public class ProgressService {

    /** The longest range one progress page shows. */
    static final int MAX_DAYS = 366;
    /** Without a program, progress looks this far back. */
    static final int DEFAULT_WEEKS = 8;

    private final ProgressRepository progress;
    private final ClientService clients;
    private final ProgramService programs;
    private final WeekPlanService plans;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ProgressService(ProgressRepository progress, ClientService clients, ProgramService programs,
                    WeekPlanService plans, ApplicationEventPublisher events, Clock clock) {
        this.progress = progress;
        this.clients = clients;
        this.programs = programs;
        this.plans = plans;
        this.events = events;
        this.clock = clock;
    }

    /**
     * A client's progress from {@code from} to {@code to} (null: from their first program, or {@value #DEFAULT_WEEKS}
     * weeks back, to today). Audited as a read of the client's health record.
     */
    @Transactional // writable: the read is audited in the same transaction
    @PreAuthorize("hasAnyRole('STUDIO_ADMIN', 'PRACTITIONER')")
    public ProgressReport forClient(long clientId, LocalDate from, LocalDate to) {
        KeelUser me = CurrentUser.require();
        ClientRef client = clients.reference(clientId);
        LocalDate today = today(me);
        LocalDate end = to == null ? today : to;
        LocalDate start = from == null ? defaultStart(me.studioId(), clientId, end) : from;
        if (end.isBefore(start)) {
            throw InvalidInputException.of("", "Choose a start date on or before the end date.");
        }
        if (ChronoUnit.DAYS.between(start, end) >= MAX_DAYS) {
            throw InvalidInputException.of("", "Choose a range of at most a year.");
        }
        events.publishEvent(new AuditableAction("CLIENT_PROGRESS_READ", "CLIENT", clientId, me.studioId()));
        return report(me.studioId(), client, start, end, today, plannedLoads(clientId));
    }

    /** The signed-in client's own progress since their first program (at most the last year). */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('CLIENT')")
    public ProgressReport mine() {
        KeelUser me = CurrentUser.require();
        ClientRef client = clients.me();
        LocalDate today = today(me);
        LocalDate start = defaultStart(me.studioId(), client.id(), today);
        return report(me.studioId(), client, start, today, today, Map.of());
    }

    private ProgressReport report(long studioId, ClientRef client, LocalDate from, LocalDate to, LocalDate today,
                                  Map<String, Map<LocalDate, BigDecimal>> planned) {
        List<DayPoint> days = progress.days(studioId, client.id(), from, to).stream().map(ProgressService::day)
                .toList();
        List<ProgressReport.Deload> deloads = progress.deloads(studioId, client.id(), from, to).stream()
                .map(r -> new ProgressReport.Deload(date(r[0]), date(r[1]), ((Number) r[2]).intValue(),
                        (String) r[3])).toList();
        Map<String, Map<LocalDate, Integer>> psfs = new LinkedHashMap<>();
        for (Object[] r : progress.psfs(studioId, client.id(), from, to)) {
            psfs.computeIfAbsent((String) r[0], k -> new TreeMap<>()).put(date(r[1]), ((Number) r[2]).intValue());
        }
        Map<String, Map<LocalDate, BigDecimal>> done = new TreeMap<>();
        for (Object[] r : progress.loads(studioId, client.id(), from, to)) {
            done.computeIfAbsent((String) r[0], k -> new TreeMap<>()).put(date(r[1]), (BigDecimal) r[2]);
        }
        List<ProgressReport.LoadLine> loads = new ArrayList<>();
        java.util.Set<String> exercises = new java.util.TreeSet<>(done.keySet());
        exercises.addAll(planned.keySet());
        for (String exercise : exercises) {
            Map<LocalDate, BigDecimal> plan = new TreeMap<>(planned.getOrDefault(exercise, Map.of()));
            plan.keySet().removeIf(d -> d.isAfter(to) || d.isBefore(from.minusDays(6)));
            loads.add(new ProgressReport.LoadLine(exercise, done.getOrDefault(exercise, Map.of()), plan));
        }
        return new ProgressReport(client.id(), client.fullName(), from, to, today, days, deloads,
                psfs.entrySet().stream().map(e -> new ProgressReport.PsfsLine(e.getKey(), e.getValue())).toList(),
                loads);
    }

    /** The engine's planned kilograms per exercise and program week, over the client's programs that ran. */
    private Map<String, Map<LocalDate, BigDecimal>> plannedLoads(long clientId) {
        Map<String, Map<LocalDate, BigDecimal>> planned = new TreeMap<>();
        for (ProgramSummary p : programs.forClient(clientId)) {
            if (p.status() != ProgramStatus.ACTIVE && p.status() != ProgramStatus.PAUSED
                    && p.status() != ProgramStatus.COMPLETED) {
                continue;
            }
            WeekPlanTable table = plans.weekPlan(p.id());
            for (WeekPlanTable.Item item : table.items()) {
                for (int w = 0; w < table.weeks().size(); w++) {
                    BigDecimal kg = item.loadsKg().get(w);
                    if (kg != null) {
                        planned.computeIfAbsent(item.exercise(), k -> new TreeMap<>())
                                .put(table.weeks().get(w).start(), kg);
                    }
                }
            }
        }
        return planned;
    }

    private LocalDate defaultStart(long studioId, long clientId, LocalDate end) {
        LocalDate first = progress.firstStart(studioId, clientId);
        LocalDate earliest = end.minusDays(MAX_DAYS - 1L);
        if (first == null || first.isAfter(end)) {
            return end.minusWeeks(DEFAULT_WEEKS).plusDays(1);
        }
        return first.isBefore(earliest) ? earliest : first;
    }

    private LocalDate today(KeelUser me) {
        return LocalDate.now(clock.withZone(me.zoneId()));
    }

    private static DayPoint day(Object[] r) {
        return new DayPoint(date(r[0]), number(r[1]), number(r[2]), number(r[3]), number(r[4]),
                r[5] == null ? null : ((Number) r[5]).doubleValue(), integer(r[6]), integer(r[7]), integer(r[8]),
                integer(r[9]), integer(r[10]), integer(r[11]), Boolean.TRUE.equals(r[12]));
    }

    static LocalDate date(Object value) {
        return value == null ? null : value instanceof LocalDate d ? d : ((java.sql.Date) value).toLocalDate();
    }

    private static int number(Object value) {
        return value == null ? 0 : ((Number) value).intValue();
    }

    private static Integer integer(Object value) {
        return value == null ? null : ((Number) value).intValue();
    }
}
