package app.keel.studio;

import app.keel.base.AbstractEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.Version;

import java.math.BigDecimal;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Optional;

/** The tenant: one studio's data never reaches another. */
@Entity
public class Studio extends AbstractEntity {

    private String name;
    private String timeZone;
    private String locale;
    private String paperSize;
    private BigDecimal dumbbellStepKg = LoadSteps.DEFAULT.dumbbellKg();
    private BigDecimal kettlebellStepKg = LoadSteps.DEFAULT.kettlebellKg();
    private BigDecimal barbellStepKg = LoadSteps.DEFAULT.barbellKg();
    private boolean dischargedKeepAccess;
    @Version
    private long version;

    protected Studio() {
    }

    public Studio(String name, ZoneId timeZone, Locale locale) {
        this.name = name;
        this.timeZone = timeZone.getId();
        this.locale = locale.toLanguageTag();
    }

    public String getName() {
        return name;
    }

    public ZoneId getTimeZone() {
        return ZoneId.of(timeZone);
    }

    public Locale getLocale() {
        return Locale.forLanguageTag(locale);
    }

    /** "A4" or "LETTER" when the studio has chosen its paper; empty: printouts follow the studio's locale. */
    public Optional<String> getPaperSize() {
        return Optional.ofNullable(paperSize);
    }

    public LoadSteps getLoadSteps() {
        return new LoadSteps(dumbbellStepKg, kettlebellStepKg, barbellStepKg);
    }

    void chooseLoadSteps(LoadSteps steps) {
        dumbbellStepKg = steps.dumbbellKg();
        kettlebellStepKg = steps.kettlebellKg();
        barbellStepKg = steps.barbellKg();
    }

    /** Whether a discharged client keeps reading their portal (their login turns read-only) or loses it. */
    public boolean dischargedClientsKeepAccess() {
        return dischargedKeepAccess;
    }

    void chooseDischargedAccess(boolean keep) {
        dischargedKeepAccess = keep;
    }

    void choosePaperSize(String paperSize) {
        this.paperSize = paperSize;
    }
}
