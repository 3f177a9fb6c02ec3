package app.keel.sheet;

import app.keel.base.InvalidInputException;
import app.keel.base.NotFoundException;
import app.keel.program.ProgramService;
import app.keel.program.ProgramStatus;
import app.keel.program.ProgramSummary;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Printable program sheets. The practitioners with access to a program, the studio's admins and the client who
 * owns it may print it; for everyone else it does not exist.
 */
@Service
public class SheetService {

    /** Clients per batch: about a minute of rendering on two cores, and a ZIP of some tens of megabytes. */
    public static final int MAX_BATCH = 200;

    private final SheetMaker maker;
    private final ProgramService programs;

    SheetService(SheetMaker maker, ProgramService programs) {
        this.maker = maker;
        this.programs = programs;
    }

    /** Renders the sheet and records the download (writable: the audit row is part of this transaction). */
    @Transactional
    @PreAuthorize("hasAnyRole('STUDIO_ADMIN', 'PRACTITIONER', 'CLIENT')")
    public Sheet programSheet(long programId) {
        return maker.make(programId);
    }

    /**
     * Streams a ZIP with the sheet of every active program of the chosen clients, one sheet at a time (only one PDF
     * is in memory at once). Clients outside the caller's caseload are skipped like clients without a program.
     * No surrounding transaction on purpose: each read is short and its own, so a slow download never holds a
     * database connection.
     */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    @PreAuthorize("hasAnyRole('STUDIO_ADMIN', 'PRACTITIONER')")
    public BatchResult writeActiveSheets(List<Long> clientIds, OutputStream out, SheetProgress progress)
            throws IOException {
        LinkedHashSet<Long> chosen = new LinkedHashSet<>(clientIds);
        if (chosen.size() > MAX_BATCH) {
            throw InvalidInputException.of("", "Choose at most " + MAX_BATCH + " clients at a time.");
        }
        List<Long> active = new ArrayList<>();
        int without = 0;
        for (long clientId : chosen) {
            List<Long> ids = activePrograms(clientId);
            without += ids.isEmpty() ? 1 : 0;
            active.addAll(ids);
        }
        ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
        zip.setLevel(Deflater.BEST_SPEED); // PDFs are compressed already
        for (int i = 0; i < active.size(); i++) {
            Sheet sheet = maker.make(active.get(i));
            zip.putNextEntry(new ZipEntry(sheet.fileName()));
            zip.write(sheet.pdf());
            zip.closeEntry();
            progress.sheetsDone(i + 1, active.size());
        }
        if (active.isEmpty()) {
            zip.putNextEntry(new ZipEntry("no-active-programs.txt"));
            zip.write("None of the chosen clients has an active program.\n".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        zip.finish();
        return new BatchResult(active.size(), without);
    }

    private List<Long> activePrograms(long clientId) {
        try {
            return programs.forClient(clientId).stream().filter(p -> p.status() == ProgramStatus.ACTIVE)
                    .map(ProgramSummary::id).toList();
        } catch (NotFoundException e) {
            return List.of();
        }
    }
}
