package app.keel.sheet;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Printable program sheets. The practitioners with access to a program, the studio's admins and the client who
 * owns it may print it; for everyone else it does not exist.
 */
@Service
public class SheetService {

    private final SheetMaker maker;

    SheetService(SheetMaker maker) {
        this.maker = maker;
    }

    /** Renders the sheet and records the download (writable: the audit row is part of this transaction). */
    @Transactional
    @PreAuthorize("hasAnyRole('STUDIO_ADMIN', 'PRACTITIONER', 'CLIENT')")
    public Sheet programSheet(long programId) {
        return maker.make(programId);
    }
}
