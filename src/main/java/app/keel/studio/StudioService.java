package app.keel.studio;

import app.keel.base.InvalidInputException;
import app.keel.base.NotFoundException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Locale;

@Service
public class StudioService {

    private final StudioRepository studios;

    StudioService(StudioRepository studios) {
        this.studios = studios;
    }

    /** Opening a studio is an installation-level act (demo seeding, operators), never a studio user's. */
    @Transactional
    @PreAuthorize("hasRole('SYSTEM')")
    public Studio create(String name, String timeZone, String languageTag) {
        if (name == null || name.isBlank() || name.length() > 120) {
            throw InvalidInputException.of("name", "Give the studio a name of up to 120 characters.");
        }
        ZoneId zone;
        try {
            zone = ZoneId.of(timeZone);
        } catch (DateTimeException e) {
            throw InvalidInputException.of("timeZone", "Unknown time zone: " + timeZone);
        }
        return studios.save(new Studio(name.strip(), zone, Locale.forLanguageTag(languageTag)));
    }

    /** Only the signed-in user's own studio can be read; any other id is refused. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated() and #studioId == principal.studioId")
    public Studio get(long studioId) {
        return studios.findById(studioId).orElseThrow(NotFoundException::new);
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('SYSTEM')")
    public boolean anyExists() {
        return studios.count() > 0;
    }
}
