package app.keel.privacy;

import app.keel.account.security.CurrentUser;
import app.keel.account.security.KeelUser;
import app.keel.base.AuditableAction;
import app.keel.client.ClientRef;
import app.keel.client.ClientService;
import app.keel.studio.StudioService;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;

/**
 * A client's data, all of it, for the client (right of access and portability) or for staff who may see the client
 * (the caseload rules of {@link ClientService}); and a studio admin's export of the studio's clients, programs and
 * logs. Every export is audited. Someone who may not see the client gets exactly the "not found" of a missing one.
 */
@Service
public class ExportService {

    static final String EXPORTED = "CLIENT_DATA_EXPORTED";
    static final String STUDIO_EXPORTED = "STUDIO_DATA_EXPORTED";

    private final ClientService clients;
    private final StudioService studios;
    private final DataExport export;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ExportService(ClientService clients, StudioService studios, DataExport export, ApplicationEventPublisher events,
                  Clock clock) {
        this.clients = clients;
        this.studios = studios;
        this.export = export;
        this.events = events;
        this.clock = clock;
    }

    @Transactional // writable: the export is audited in the same transaction
    @PreAuthorize("hasRole('CLIENT')")
    public Download myJson() {
        return json(clients.me());
    }

    @Transactional
    @PreAuthorize("hasRole('CLIENT')")
    public Download myZip() {
        return zip(clients.me());
    }

    @Transactional
    @PreAuthorize("hasAnyRole('STUDIO_ADMIN', 'PRACTITIONER')")
    public Download clientJson(long clientId) {
        return json(clients.reference(clientId));
    }

    @Transactional
    @PreAuthorize("hasAnyRole('STUDIO_ADMIN', 'PRACTITIONER')")
    public Download clientZip(long clientId) {
        return zip(clients.reference(clientId));
    }

    /** Streams the studio's CSV files as a ZIP; nothing is written before the caller is known to be its admin. */
    @Transactional
    @PreAuthorize("hasRole('STUDIO_ADMIN')")
    public void writeStudioZip(OutputStream out) throws IOException {
        KeelUser me = CurrentUser.require();
        events.publishEvent(new AuditableAction(STUDIO_EXPORTED, "STUDIO", me.studioId(), me.studioId()));
        export.studioZip(me.studioId(), out);
    }

    private Download json(ClientRef client) {
        KeelUser me = CurrentUser.require();
        audit(me, client);
        byte[] bytes = export.json(client.id(), studios.get(me.studioId()).getName(), clock.instant());
        return new Download(fileName(client, me.today(clock), "json"), "application/json", bytes);
    }

    private Download zip(ClientRef client) {
        KeelUser me = CurrentUser.require();
        audit(me, client);
        return new Download(fileName(client, me.today(clock), "zip"), "application/zip", export.zip(client.id()));
    }

    private void audit(KeelUser me, ClientRef client) {
        events.publishEvent(new AuditableAction(EXPORTED, "CLIENT", client.id(), me.studioId()));
    }

    /** Only letters and digits of the name survive, so the header cannot be broken by what a person typed. */
    static String fileName(ClientRef client, LocalDate day, String extension) {
        String name = client.fullName().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        return "keel-data-" + (name.isEmpty() ? "client" : name) + "-" + client.id() + "-" + day + "." + extension;
    }
}
