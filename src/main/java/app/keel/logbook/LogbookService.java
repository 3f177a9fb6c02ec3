package app.keel.logbook;

import app.keel.account.security.CurrentUser;
import app.keel.account.security.KeelUser;
import app.keel.base.AuditableAction;
import app.keel.base.InputRules;
import app.keel.base.InvalidInputException;
import app.keel.base.NotFoundException;
import app.keel.program.ProgramStatus;
import app.keel.program.plan.MyProgram;
import app.keel.program.plan.MyProgramService;
import jakarta.validation.Validator;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The client's own logbook: items logged per day and the daily check-in. Clients reach only their own record (the
 * queries join through their login); a resent request finds the saved row instead of adding a second one.
 */
@Service
public class LogbookService {

    /** How many days back a client may catch up on items. */
    public static final int CATCH_UP_DAYS = 7;
    /** A log may claim at most this many sets above the prescription (a typo guard, not a clinical rule). */
    static final int EXTRA_SETS = 10;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM");

    private final ItemLogRepository logs;
    private final CheckInRepository checkIns;
    private final MyProgramService programs;
    private final ApplicationEventPublisher events;
    private final Validator validator;
    private final Clock clock;
    private final BreakCountRepository breakCounts;

    LogbookService(ItemLogRepository logs, CheckInRepository checkIns, MyProgramService programs,
                   ApplicationEventPublisher events, Validator validator, Clock clock,
                   BreakCountRepository breakCounts) {
        this.breakCounts = breakCounts;
        this.logs = logs;
        this.checkIns = checkIns;
        this.programs = programs;
        this.events = events;
        this.validator = validator;
        this.clock = clock;
    }

    /** One day of the client's logbook, today or up to {@link #CATCH_UP_DAYS} back (never before a program began). */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('CLIENT')")
    public TodayPage day(LocalDate date) {
        KeelUser me = CurrentUser.require();
        LocalDate today = today(me);
        List<MyProgram> mine = programs.myProgramsOn(date == null ? today : date);
        LocalDate earliest = earliest(today, mine);
        LocalDate day = date == null ? today : date;
        checkOpen(day, today, earliest, me);
        Map<Long, ItemLogDetails> logged = logs.mineOn(day, me.studioId(), me.accountId()).stream()
                .collect(Collectors.toMap(ItemLog::getPrescriptionId, l -> ItemLogDetails.of(l, null)));
        boolean checkInOpen = !day.isBefore(today.minusDays(1));
        CheckInDetails checkIn = checkIns.mine(day, me.studioId(), me.accountId())
                .map(OwnCheckIn::existing).map(c -> c.view(checkInOpen)).orElse(null);
        Map<Long, Integer> breaks = breakCounts.mineOn(day, me.studioId(), me.accountId()).stream()
                .collect(Collectors.toMap(BreakCount::getPrescriptionId, BreakCount::getTimesDone));
        return new TodayPage(day, today, earliest, mine, logged, checkIn, checkInOpen, breaks);
    }

    /**
     * Logs one item of the client's own program on {@code date}. Three statements: the item with its program and
     * that day's log, the insert or update, the audit row. Saving the same answers again changes nothing.
     */
    @Transactional
    @PreAuthorize("hasRole('CLIENT')")
    public ItemLogDetails logItem(long prescriptionId, LocalDate date, ItemLogDraft draft) {
        KeelUser me = CurrentUser.require();
        me.requireMayChange();
        LocalDate today = today(me);
        if (date == null) {
            throw InvalidInputException.of("", "Choose the day you want to log.");
        }
        LoggableItem item = logs.loggable(prescriptionId, date, me.studioId(), me.accountId())
                .orElseThrow(NotFoundException::new);
        if (item.program().getStatus() != ProgramStatus.ACTIVE) {
            throw new NotFoundException();
        }
        checkOpen(date, today, later(today.minusDays(CATCH_UP_DAYS), item.program().getStartDate()), me);
        if (!item.dueOn(date)) {
            throw InvalidInputException.of("", "This exercise is not planned for "
                    + DAY.withLocale(me.locale()).format(date)
                    + ", so there is nothing to log for it that day.");
        }
        check(draft, item.prescribedSets());
        ItemLog log = item.existing();
        if (log != null && draft.sameAs(log)) {
            return ItemLogDetails.of(log, null);
        }
        if (log != null && (draft.getExpectedVersion() == null || draft.getExpectedVersion() != log.getVersion())) {
            throw new AlreadyLoggedException();
        }
        if (log == null) {
            log = new ItemLog(me.studioId(), item.program().getClientId(), item.program().getId(), prescriptionId,
                    date);
        }
        log.apply(draft, clock.instant());
        try {
            logs.saveAndFlush(log);
        } catch (DataIntegrityViolationException | ObjectOptimisticLockingFailureException raced) {
            throw new AlreadyLoggedException();
        }
        events.publishEvent(new AuditableAction("ITEM_LOGGED", "ITEM_LOG", log.getId(), me.studioId(),
                log.getClientId()));
        return ItemLogDetails.of(log, null);
    }

    /** Saves the client's check-in of {@code date}: today, or yesterday's still. One per client and day. */
    @Transactional
    @PreAuthorize("hasRole('CLIENT')")
    public CheckInDetails saveCheckIn(LocalDate date, CheckInDraft draft) {
        KeelUser me = CurrentUser.require();
        me.requireMayChange();
        LocalDate today = today(me);
        if (date == null || date.isAfter(today)) {
            throw InvalidInputException.of("", "That day has not come yet: check in for today.");
        }
        if (date.isBefore(today.minusDays(1))) {
            throw InvalidInputException.of("", "A check-in can be changed on its day and the day after only. "
                    + "Check in for today instead.");
        }
        InputRules.check(validator, draft);
        OwnCheckIn own = checkIns.mine(date, me.studioId(), me.accountId()).orElseThrow(NotFoundException::new);
        CheckIn checkIn = own.existing();
        if (checkIn != null && draft.sameAs(checkIn)) {
            return checkIn.view(true);
        }
        if (checkIn != null && (draft.getExpectedVersion() == null
                || draft.getExpectedVersion() != checkIn.getVersion())) {
            throw new AlreadyLoggedException();
        }
        if (checkIn == null) {
            checkIn = new CheckIn(me.studioId(), own.clientId(), date);
        }
        checkIn.apply(draft, clock.instant());
        try {
            checkIns.saveAndFlush(checkIn);
        } catch (DataIntegrityViolationException | ObjectOptimisticLockingFailureException raced) {
            throw new AlreadyLoggedException();
        }
        events.publishEvent(new AuditableAction("CHECK_IN_SAVED", "CHECK_IN", checkIn.getId(), me.studioId(),
                own.clientId()));
        return checkIn.view(true);
    }

    private void check(ItemLogDraft draft, int prescribedSets) {
        Map<String, String> errors = new LinkedHashMap<>(InputRules.violations(validator, draft));
        if (draft.getSetsDone() != null && draft.getSetsDone() > prescribedSets + EXTRA_SETS) {
            errors.putIfAbsent("setsDone", "That is many more sets than planned (" + prescribedSets
                    + "). Please check the number.");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }

    private static void checkOpen(LocalDate day, LocalDate today, LocalDate earliest, KeelUser me) {
        if (day.isAfter(today)) {
            throw InvalidInputException.of("", "That day has not come yet. You can log today and the "
                    + CATCH_UP_DAYS + " days before it.");
        }
        if (day.isBefore(today.minusDays(CATCH_UP_DAYS))) {
            throw InvalidInputException.of("", "You can catch up on the last " + CATCH_UP_DAYS
                    + " days only. Older days are closed.");
        }
        if (day.isBefore(earliest)) {
            throw InvalidInputException.of("", "Your program starts on "
                    + DAY.withLocale(me.locale()).format(earliest)
                    + ": there is nothing to log before then.");
        }
    }

    /** The first day the client may open: a week back, but never before their earliest running program began. */
    private static LocalDate earliest(LocalDate today, List<MyProgram> mine) {
        LocalDate firstStart = mine.stream().filter(p -> p.status() == ProgramStatus.ACTIVE)
                .map(MyProgram::startDate).min(LocalDate::compareTo).orElse(today);
        return later(today.minusDays(CATCH_UP_DAYS), firstStart.isAfter(today) ? today : firstStart);
    }

    private static LocalDate later(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    private LocalDate today(KeelUser me) {
        return me.today(clock);
    }
}
