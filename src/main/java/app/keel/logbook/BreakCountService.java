package app.keel.logbook;

import app.keel.account.security.CurrentUser;
import app.keel.account.security.KeelUser;
import app.keel.base.AuditableAction;
import app.keel.base.InvalidInputException;
import app.keel.base.NotFoundException;
import app.keel.program.ProgramStatus;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;

/**
 * The gentle count of a "times a day" daily-rhythm item (e.g. five decompression breaks): +1 per tap, today only, on
 * the client's own items only. The count also feeds adherence: half the target or more logs the item as partly done,
 * the target as done (docs/clinical-rules.md, "Daily rhythm"); fewer logs nothing, and nothing on screen scolds.
 */
@Service
public class BreakCountService {

    private final ItemLogRepository logs;
    private final BreakCountRepository counts;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    BreakCountService(ItemLogRepository logs, BreakCountRepository counts, ApplicationEventPublisher events,
                      Clock clock) {
        this.logs = logs;
        this.counts = counts;
        this.events = events;
        this.clock = clock;
    }

    /**
     * One more today. {@code seen} is the count the client's page showed: a tap sent twice (a slow network, a double
     * tap) finds the count already past it and changes nothing, so a resend never counts twice.
     */
    @Transactional
    @PreAuthorize("hasRole('CLIENT')")
    public BreakTally countOne(long prescriptionId, int seen) {
        KeelUser me = CurrentUser.require();
        LocalDate today = me.today(clock);
        LoggableItem item = logs.loggable(prescriptionId, today, me.studioId(), me.accountId())
                .orElseThrow(NotFoundException::new);
        if (item.program().getStatus() != ProgramStatus.ACTIVE) {
            throw new NotFoundException();
        }
        Integer target = item.timesPerDay();
        if (target == null || target < 2) {
            throw InvalidInputException.of("", "This exercise is not counted through the day.");
        }
        if (!item.dueOn(today)) {
            throw InvalidInputException.of("", "This exercise is not planned for today.");
        }
        BreakCount count = counts.of(prescriptionId, today).orElseGet(() -> new BreakCount(me.studioId(),
                item.program().getClientId(), item.program().getId(), prescriptionId, today));
        int stored = count.getTimesDone();
        if (seen != stored || stored >= target) {
            return new BreakTally(prescriptionId, stored, target);
        }
        int times = stored + 1;
        count.count(times, clock.instant());
        try {
            counts.saveAndFlush(count);
            logAdherence(item, me, today, times, target);
        } catch (DataIntegrityViolationException | ObjectOptimisticLockingFailureException raced) {
            throw new AlreadyLoggedException();
        }
        events.publishEvent(new AuditableAction("BREAK_COUNTED", "BREAK_COUNT", count.getId(), me.studioId()));
        return new BreakTally(prescriptionId, times, target);
    }

    private void logAdherence(LoggableItem item, KeelUser me, LocalDate day, int times, int target) {
        LogOutcome outcome = times >= target ? LogOutcome.DONE : times * 2 >= target ? LogOutcome.PARTLY : null;
        ItemLog log = item.existing();
        if (outcome == null || (log != null && log.getOutcome() == outcome)) {
            return;
        }
        if (log == null) {
            log = new ItemLog(me.studioId(), item.program().getClientId(), item.program().getId(),
                    item.prescriptionId(), day);
        }
        log.apply(ItemLogDraft.of(outcome), clock.instant());
        logs.saveAndFlush(log);
    }
}
