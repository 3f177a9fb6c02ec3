package app.keel.sheet;

import app.keel.base.AuditableAction;
import app.keel.client.ClientService;
import app.keel.exercise.ExerciseService;
import app.keel.program.plan.ProgramOverview;
import app.keel.program.plan.ProgramOverviewService;
import app.keel.program.prescription.PrescriptionRow;
import app.keel.studio.Studio;
import app.keel.studio.StudioService;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.LocalDate;

/**
 * Gathers one program's sheet through the secured services (each checks the caller again), lays it out and
 * renders it, and records the download. Used by {@link SheetService} only, which owns the transactions.
 */
@Component
class SheetMaker {

    static final String AUDIT_ACTION = "SHEET_DOWNLOADED";
    static final String AUDIT_SUBJECT = "PROGRAM";

    private final ProgramOverviewService programs;
    private final ClientService clients;
    private final ExerciseService exercises;
    private final StudioService studios;
    private final PdfRenderer renderer;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final String logAddress;

    SheetMaker(ProgramOverviewService programs, ClientService clients, ExerciseService exercises,
               StudioService studios, PdfRenderer renderer, ApplicationEventPublisher events, Clock clock,
               @Value("${keel.public-url}") String publicUrl) {
        this.programs = programs;
        this.clients = clients;
        this.exercises = exercises;
        this.studios = studios;
        this.renderer = renderer;
        this.events = events;
        this.clock = clock;
        // The client's Today page: the QR code holds no token and no personal data, the app asks them to sign in.
        this.logAddress = (publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl)
                + "/my";
    }

    Sheet make(long programId) {
        ProgramOverview program = programs.overview(programId);
        SheetContent content = content(program);
        byte[] pdf = renderer.render(SheetDocument.build(content));
        events.publishEvent(new AuditableAction(AUDIT_ACTION, AUDIT_SUBJECT, program.id(), program.studioId(),
                program.clientId()));
        return new Sheet(SheetFiles.pdfName(program.clientName(), program.title(), program.id()), pdf);
    }

    SheetContent content(ProgramOverview program) {
        Studio studio = studios.get(program.studioId());
        return new SheetContent(studio.getName(), clients.practitionerName(program.clientId()), program,
                exercises.forPrograms(program.items().stream().map(PrescriptionRow::exerciseId).toList()),
                LocalDate.now(clock.withZone(studio.getTimeZone())), studio.getLocale(),
                PaperSize.of(studio.getPaperSize(), studio.getLocale()), logAddress);
    }
}
