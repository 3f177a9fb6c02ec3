package app.keel.progress;

import app.keel.account.security.CurrentUser;
import app.keel.base.InvalidInputException;
import app.keel.program.DeloadDraft;
import app.keel.program.DeloadRow;
import app.keel.program.ProgramDetails;
import app.keel.program.ProgramService;
import app.keel.program.ProgramStatus;
import app.keel.program.ProgramSummary;
import app.keel.program.dosage.DeloadReason;
import app.keel.program.plan.WeekPlanService;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.Locale;

/**
 * "Start an easier week now": offered when pain rose or a flare-up was reported, it adds a flare-up deload from today
 * to the client's running program through {@link ProgramService} (its checks, history and audit apply).
 */
@Service
public class EarlyDeloadService {

    public static final int DEFAULT_DAYS = 7;
    public static final int DEFAULT_PERCENT = 60;
    static final int MAX_DAYS = 28;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM", Locale.ENGLISH);

    private final CaseloadService caseload;
    private final ProgramService programs;
    private final WeekPlanService plans;
    private final Clock clock;

    EarlyDeloadService(CaseloadService caseload, ProgramService programs, WeekPlanService plans, Clock clock) {
        this.caseload = caseload;
        this.programs = programs;
        this.plans = plans;
        this.clock = clock;
    }

    /** What the client would get: the doses today without and with the easier period. Nothing is saved. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('STUDIO_ADMIN', 'PRACTITIONER')")
    public EarlyDeload preview(long clientId, int days, int percent) {
        return plan(clientId, days, percent);
    }

    @Transactional
    @PreAuthorize("hasAnyRole('STUDIO_ADMIN', 'PRACTITIONER')")
    public EarlyDeload start(long clientId, int days, int percent) {
        EarlyDeload plan = plan(clientId, days, percent);
        // Planned and saved in one transaction: the version read while planning is the one the plan was checked on.
        programs.addDeload(plan.programId(), plan.programVersion(), new DeloadDraft(plan.start(), plan.end(), percent,
                DeloadReason.FLARE_UP));
        return plan;
    }

    private EarlyDeload plan(long clientId, int days, int percent) {
        CaseloadRow row = caseload.client(clientId);
        if (!row.has(Flag.PAIN_UP) && !row.has(Flag.FLARE_UP)) {
            throw InvalidInputException.of("", "An early easier week is offered when pain has risen or a flare-up "
                    + "was reported.");
        }
        if (days < 1 || days > MAX_DAYS) {
            throw InvalidInputException.of("days", "Choose 1 to " + MAX_DAYS + " days.");
        }
        if (percent < 10 || percent > 90) {
            throw InvalidInputException.of("percent", "Choose 10 to 90 % of the usual amount.");
        }
        ProgramSummary running = programs.forClient(clientId).stream()
                .filter(p -> p.status() == ProgramStatus.ACTIVE).findFirst()
                .orElseThrow(() -> InvalidInputException.of("", "This client has no running program."));
        ProgramDetails program = programs.get(running.id());
        LocalDate today = LocalDate.now(clock.withZone(CurrentUser.require().zoneId()));
        program.deloads().stream().filter(d -> !today.isBefore(d.startDate()) && !today.isAfter(d.endDate()))
                .findFirst().ifPresent(d -> {
                    throw InvalidInputException.of("", "An easier period is already running, until "
                            + DAY.format(d.endDate()) + ".");
                });
        LocalDate end = today.plusDays(days - 1L);
        String note = null;
        if (end.isAfter(program.endDate())) {
            end = program.endDate();
            note = "It ends with the program on " + DAY.format(end) + ".";
        }
        DeloadRow next = program.deloads().stream().filter(d -> d.startDate().isAfter(today))
                .min(Comparator.comparing(DeloadRow::startDate)).orElse(null);
        if (next != null && !next.startDate().isAfter(end)) {
            end = next.startDate().minusDays(1);
            note = "It ends on " + DAY.format(end) + ", the day before the planned easier period begins.";
        }
        DeloadDraft draft = new DeloadDraft(today, end, percent, DeloadReason.FLARE_UP);
        return new EarlyDeload(program.id(), program.version(), today, end, percent,
                plans.deloadPreview(program.id(), draft), note);
    }
}
