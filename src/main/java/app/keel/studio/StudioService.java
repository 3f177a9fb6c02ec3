package app.keel.studio;

import app.keel.base.InvalidInputException;
import app.keel.base.NotFoundException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

@Service
public class StudioService {

    private static final Set<String> PAPER_SIZES = Set.of("A4", "LETTER");

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

    /** The paper the studio's sheets use: "A4", "LETTER", or null to follow the studio's locale. Its admins only. */
    @Transactional
    @PreAuthorize("hasRole('STUDIO_ADMIN') and #studioId == principal.studioId")
    public Studio choosePaperSize(long studioId, String paperSize) {
        if (paperSize != null && !PAPER_SIZES.contains(paperSize)) {
            throw InvalidInputException.of("paperSize", "Choose A4 or US Letter.");
        }
        Studio studio = studios.findById(studioId).orElseThrow(NotFoundException::new);
        studio.choosePaperSize(paperSize);
        return studios.save(studio);
    }

    /**
     * The real load steps of the studio's dumbbells, kettlebells and barbell (0.5 to 20 kg, in 0.5 kg). Its admins
     * only; the engine uses them from the next page load on (docs/clinical-rules.md).
     */
    @Transactional
    @PreAuthorize("hasRole('STUDIO_ADMIN') and #studioId == principal.studioId")
    public Studio chooseLoadSteps(long studioId, LoadSteps steps) {
        Map<String, String> errors = new LinkedHashMap<>();
        checkStep(errors, "dumbbellKg", steps == null ? null : steps.dumbbellKg());
        checkStep(errors, "kettlebellKg", steps == null ? null : steps.kettlebellKg());
        checkStep(errors, "barbellKg", steps == null ? null : steps.barbellKg());
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        Studio studio = studios.findById(studioId).orElseThrow(NotFoundException::new);
        studio.chooseLoadSteps(new LoadSteps(steps.dumbbellKg().setScale(1, RoundingMode.UNNECESSARY),
                steps.kettlebellKg().setScale(1, RoundingMode.UNNECESSARY),
                steps.barbellKg().setScale(1, RoundingMode.UNNECESSARY)));
        return studios.save(studio);
    }

    private static void checkStep(Map<String, String> errors, String field, BigDecimal kg) {
        if (kg == null || kg.compareTo(LoadSteps.MIN_KG) < 0 || kg.compareTo(LoadSteps.MAX_KG) > 0
                || kg.remainder(LoadSteps.MIN_KG).signum() != 0) {
            errors.put(field, "Give a step of 0.5 to 20 kg, in steps of 0.5 kg.");
        }
    }

    /**
     * Whether clients keep read-only access to their portal once discharged (applied at each discharge from now on).
     * Its admins only.
     */
    @Transactional
    @PreAuthorize("hasRole('STUDIO_ADMIN') and #studioId == principal.studioId")
    public Studio chooseDischargedAccess(long studioId, boolean keep) {
        Studio studio = studios.findById(studioId).orElseThrow(NotFoundException::new);
        studio.chooseDischargedAccess(keep);
        return studios.save(studio);
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('SYSTEM')")
    public boolean anyExists() {
        return studios.count() > 0;
    }
}
