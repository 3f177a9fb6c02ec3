package app.keel.progress;

import app.keel.account.security.CurrentUser;
import app.keel.account.security.KeelUser;
import app.keel.base.AuditableAction;
import app.keel.base.InvalidInputException;
import app.keel.base.NotFoundException;
import app.keel.client.Caseload;
import app.keel.logbook.psfs.PsfsService;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The practitioner's caseload with flags: practitioners see their own and shared clients, admins the studio (with a
 * practitioner filter). A client outside that answers like one that does not exist.
 */
@Service
public class CaseloadService {

    /** Rows per page at most, whatever the grid asks. */
    static final int MAX_PAGE = 200;
    private static final long NONE = -1L;

    private final CaseloadRepository caseload;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    CaseloadService(CaseloadRepository caseload, ApplicationEventPublisher events, Clock clock) {
        this.caseload = caseload;
        this.events = events;
        this.clock = clock;
    }

    /** One page, {@code limit} rows from {@code offset}: one SQL statement. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('STUDIO_ADMIN', 'PRACTITIONER')")
    public List<CaseloadRow> page(CaseloadFilter filter, int offset, int limit) {
        KeelUser me = CurrentUser.require();
        CaseloadFilter f = filter == null ? CaseloadFilter.mostUrgentFirst() : filter;
        return query(me, f, NONE, Math.max(0, offset), Math.clamp(limit, 0, MAX_PAGE));
    }

    /** One client's caseload row (flags with explanations), for their progress page. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('STUDIO_ADMIN', 'PRACTITIONER')")
    public CaseloadRow client(long clientId) {
        return one(CurrentUser.require(), clientId);
    }

    /**
     * The practitioner has seen this flag: it stops counting towards urgency until its condition changes (a new
     * flare-up, a new silence, a further rise). Audited.
     */
    @Transactional
    @PreAuthorize("hasAnyRole('STUDIO_ADMIN', 'PRACTITIONER')")
    public CaseloadRow acknowledge(long clientId, Flag flag) {
        KeelUser me = CurrentUser.require();
        CaseloadRow row = one(me, clientId);
        RaisedFlag raised = row.flags().stream().filter(r -> r.flag() == flag).findFirst()
                .orElseThrow(() -> InvalidInputException.of("", "This flag is no longer raised."));
        FlagAcknowledgement ack = caseload.acknowledgement(clientId, flag)
                .orElseGet(() -> new FlagAcknowledgement(me.studioId(), clientId, flag));
        ack.set(raised.conditionKey(), me.displayName(), clock.instant());
        caseload.saveAndFlush(ack);
        events.publishEvent(new AuditableAction("FLAG_ACKNOWLEDGED", "CLIENT", clientId, me.studioId()));
        return one(me, clientId);
    }

    private CaseloadRow one(KeelUser me, long clientId) {
        List<CaseloadRow> rows = query(me, new CaseloadFilter(null, null, false), clientId, 0, 1);
        if (rows.isEmpty()) {
            throw new NotFoundException();
        }
        return rows.getFirst();
    }

    private List<CaseloadRow> query(KeelUser me, CaseloadFilter f, long clientId, int offset, int limit) {
        LocalDate today = LocalDate.now(clock.withZone(me.zoneId()));
        long practitioner = me.practitionerId() == null ? Caseload.NO_PRACTITIONER : me.practitionerId();
        long of = f.practitionerId() == null ? NONE : f.practitionerId();
        int mask = f.flag() == null ? 0 : f.flag().weight();
        List<Object[]> rows = f.byUrgency()
                ? caseload.byUrgency(me.studioId(), me.isAdmin(), practitioner, of, clientId, today, mask, offset,
                limit, FlagRules.PAIN_RISE, FlagRules.SILENT_DAYS, FlagRules.LOW_ADHERENCE_BELOW,
                FlagRules.FLARE_UP_DAYS, FlagRules.DELOAD_AHEAD_DAYS, PsfsService.EVERY_DAYS)
                : caseload.byName(me.studioId(), me.isAdmin(), practitioner, of, clientId, today, mask, offset,
                limit, FlagRules.PAIN_RISE, FlagRules.SILENT_DAYS, FlagRules.LOW_ADHERENCE_BELOW,
                FlagRules.FLARE_UP_DAYS, FlagRules.DELOAD_AHEAD_DAYS, PsfsService.EVERY_DAYS);
        return rows.stream().map(r -> row(r, today)).toList();
    }

    static CaseloadRow row(Object[] r, LocalDate today) {
        ClientFacts facts = new ClientFacts(today, date(r[3]), date(r[4]), number(r[5]), number(r[6]),
                number(r[7]), number(r[8]), number(r[9]), number(r[10]), number(r[11]), date(r[12]), date(r[13]),
                r[14] == null ? null : number(r[14]), number(r[15]), date(r[16]), Boolean.TRUE.equals(r[17]));
        Map<Flag, String> acks = new EnumMap<>(Flag.class);
        if (r[18] != null) {
            for (String key : ((String) r[18]).split("\\|")) {
                acks.put(Flag.valueOf(key.substring(0, key.indexOf(':'))), key);
            }
        }
        List<RaisedFlag> flags = CaseloadFlags.acknowledged(CaseloadFlags.raised(facts), acks);
        var adherence = CaseloadFlags.adherence7(facts);
        return new CaseloadRow(((Number) r[0]).longValue(), (String) r[1], (String) r[2], facts.lastLog(),
                adherence.isPresent() ? adherence.getAsDouble() : null, PainTrend.of(facts), flags,
                CaseloadFlags.urgency(flags));
    }

    private static LocalDate date(Object value) {
        return value == null ? null : value instanceof LocalDate d ? d : ((java.sql.Date) value).toLocalDate();
    }

    private static int number(Object value) {
        return value == null ? 0 : ((Number) value).intValue();
    }
}
