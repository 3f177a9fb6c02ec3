package app.keel.program.template;

import app.keel.account.security.CurrentUser;
import app.keel.account.security.KeelUser;
import app.keel.base.AuditableAction;
import app.keel.base.InvalidInputException;
import app.keel.base.NotFoundException;
import app.keel.program.Program;
import app.keel.program.ProgramAccess;
import app.keel.program.ProgramDetails;
import app.keel.program.ProgramDraft;
import app.keel.program.ProgramService;
import app.keel.program.prescription.PrescriptionRepository;
import app.keel.program.prescription.PrescriptionService;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** Studio templates: save a program as one, start programs from one, assign one to many clients at once. */
@Service
public class TemplateService {

    /** One transaction per client: a bigger batch than a grid page would hold the request for long. */
    static final int MAX_BULK = 500;

    private final ProgramTemplateRepository templates;
    private final PrescriptionRepository items;
    private final ProgramAccess access;
    private final ProgramService programs;
    private final PrescriptionService prescriptions;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate perClient;

    TemplateService(ProgramTemplateRepository templates, PrescriptionRepository items, ProgramAccess access,
                    ProgramService programs, PrescriptionService prescriptions,
                    ApplicationEventPublisher events, PlatformTransactionManager transactions) {
        this.templates = templates;
        this.items = items;
        this.access = access;
        this.programs = programs;
        this.prescriptions = prescriptions;
        this.events = events;
        this.perClient = new TransactionTemplate(transactions);
        this.perClient.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('STUDIO_ADMIN', 'PRACTITIONER')")
    public List<TemplateSummary> list() {
        return templates.list(CurrentUser.require().studioId());
    }

    @Transactional
    @PreAuthorize("hasAnyRole('STUDIO_ADMIN', 'PRACTITIONER')")
    public TemplateSummary saveAsTemplate(long programId, String title) {
        KeelUser me = CurrentUser.require();
        Program program = access.program(programId);
        String name = title == null ? "" : title.strip();
        if (name.isEmpty() || name.length() > 120 || name.contains("<") || name.contains(">")) {
            throw InvalidInputException.of("title", "Give the template a name of up to 120 characters, without < or >.");
        }
        List<TemplateContent.Item> content = items.rowsOf(programId).stream()
                .map(r -> new TemplateContent.Item(r.exerciseId(), r.toDraft())).toList();
        ProgramTemplate template = templates.save(new ProgramTemplate(me.studioId(), name, program.getKind(),
                program.getWeeks(), new TemplateContent(ProgramDraft.of(program), content).toJson(),
                me.displayName()));
        return new TemplateSummary(template.getId(), template.getTitle(), template.getKind(), template.getWeeks());
    }

    /** A draft program for one client from a template, starting on the given date. */
    @Transactional
    @PreAuthorize("hasAnyRole('STUDIO_ADMIN', 'PRACTITIONER')")
    public ProgramDetails startFromTemplate(long templateId, long clientId, LocalDate start) {
        ProgramTemplate template = templates.findInStudio(templateId, CurrentUser.require().studioId())
                .orElseThrow(NotFoundException::new);
        TemplateContent content = TemplateContent.fromJson(template.getContent());
        ProgramDraft settings = content.settings();
        settings.setTitle(template.getTitle());
        settings.setStartDate(start);
        ProgramDetails program = programs.create(clientId, settings);
        long version = program.version();
        for (TemplateContent.Item item : content.items()) {
            version = prescriptions.addCopy(program.id(), version, item.exerciseId(), item.draft()).programVersion();
        }
        events.publishEvent(new AuditableAction("PROGRAM_ASSIGNED", ProgramService.SUBJECT, program.id(),
                CurrentUser.require().studioId(), program.clientId()));
        return programs.get(program.id());
    }

    /**
     * Assigns a template to many clients, each in its own transaction: one client's problem (not in the caseload,
     * a conflicting deload) never undoes the others. Returns what was created and, per failure, why.
     */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    @PreAuthorize("hasAnyRole('STUDIO_ADMIN', 'PRACTITIONER')")
    public BulkAssignResult assign(long templateId, List<Long> clientIds, LocalDate start) {
        if (clientIds == null || clientIds.isEmpty() || clientIds.stream().anyMatch(Objects::isNull)) {
            throw InvalidInputException.of("", "Choose the clients to give this template to.");
        }
        if (clientIds.size() > MAX_BULK) {
            throw InvalidInputException.of("", "Choose at most " + MAX_BULK + " clients at a time.");
        }
        List<BulkAssignResult.Created> created = new ArrayList<>();
        List<BulkAssignResult.Failed> failed = new ArrayList<>();
        for (long clientId : clientIds) {
            try {
                ProgramDetails program = perClient.execute(tx -> startFromTemplate(templateId, clientId, start));
                created.add(new BulkAssignResult.Created(clientId, program.clientName(), program.id()));
            } catch (NotFoundException e) {
                failed.add(new BulkAssignResult.Failed(clientId, "Not found, or not in your caseload."));
            } catch (InvalidInputException e) {
                failed.add(new BulkAssignResult.Failed(clientId, e.getMessage()));
            }
        }
        return new BulkAssignResult(created, failed);
    }
}
