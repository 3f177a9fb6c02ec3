package app.keel.logbook;

import app.keel.account.security.CurrentUser;
import app.keel.account.security.KeelUser;
import app.keel.base.AuditableAction;
import app.keel.base.InvalidInputException;
import app.keel.client.ClientRef;
import app.keel.client.ClientService;
import app.keel.logbook.adherence.Adherence;
import app.keel.logbook.adherence.DayTally;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * A client's log as staff read it: never written by staff. Practitioners reach their caseload, admins the studio;
 * any other client answers like one that does not exist. Opening the log and a day's items are audited.
 */
@Service
public class ClientLogService {

    /** The longest date range one grid may cover: ten years of days. */
    static final int MAX_RANGE_DAYS = 3660;

    private final ItemLogRepository logs;
    private final ClientService clients;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ClientLogService(ItemLogRepository logs, ClientService clients, ApplicationEventPublisher events, Clock clock) {
        this.logs = logs;
        this.clients = clients;
        this.events = events;
        this.clock = clock;
    }

    /** The log's head: adherence over the last 7 and 28 days. Audited as a read of the client's log. */
    @Transactional // writable: the read is audited in the same transaction
    @PreAuthorize("hasAnyRole('STUDIO_ADMIN', 'PRACTITIONER')")
    public LogSummary summary(long clientId) {
        KeelUser me = CurrentUser.require();
        ClientRef client = clients.reference(clientId);
        LocalDate today = me.today(clock);
        List<LogDay> month = logs.days(me.studioId(), clientId, today.minusDays(27), today, 0, 28).stream()
                .map(LogDay::of).toList();
        List<DayTally> tallies = month.stream().map(LogDay::tally).toList();
        LocalDate last = month.stream().filter(d -> d.hasLogs() || d.worstPain() != null).map(LogDay::date)
                .findFirst().orElse(null);
        events.publishEvent(new AuditableAction("CLIENT_LOG_READ", "CLIENT", clientId, me.studioId()));
        return new LogSummary(client.fullName(), today, Adherence.overDays(tallies, today, 7),
                Adherence.overDays(tallies, today, 28), last);
    }

    /**
     * Days {@code to} back to {@code from}, newest first, {@code limit} from {@code offset}: two statements (the
     * caseload check and the page).
     */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('STUDIO_ADMIN', 'PRACTITIONER')")
    public List<LogDay> days(long clientId, LocalDate from, LocalDate to, int offset, int limit) {
        KeelUser me = CurrentUser.require();
        clients.reference(clientId);
        if (from == null || to == null || to.isBefore(from)) {
            throw InvalidInputException.of("", "Choose a start date on or before the end date.");
        }
        if (LogDay.daysBetween(from, to) > MAX_RANGE_DAYS) {
            throw InvalidInputException.of("", "Choose a range of at most ten years.");
        }
        return logs.days(me.studioId(), clientId, from, to, Math.max(0, offset), Math.clamp(limit, 0, 500)).stream()
                .map(LogDay::of).toList();
    }

    /** What the client logged for each item on one day. Audited. */
    @Transactional // writable: the read is audited in the same transaction
    @PreAuthorize("hasAnyRole('STUDIO_ADMIN', 'PRACTITIONER')")
    public List<ItemLogDetails> itemLogs(long clientId, LocalDate date) {
        KeelUser me = CurrentUser.require();
        clients.reference(clientId);
        events.publishEvent(new AuditableAction("CLIENT_LOG_READ", "CLIENT", clientId, me.studioId()));
        return logs.ofDay(me.studioId(), clientId, date);
    }
}
