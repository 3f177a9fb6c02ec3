package app.keel.sheet;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** The paper a studio prints on: US Letter where that is the norm, A4 everywhere else. */
public enum PaperSize {
    A4("A4"), LETTER("letter");

    // Countries whose offices use US Letter (the Americas that follow the US norm, and the Philippines).
    private static final Set<String> LETTER_COUNTRIES = Set.of("US", "CA", "MX", "PH", "CL", "CO", "VE", "CR",
            "GT", "PR", "DO", "PA", "SV", "NI", "HN", "BZ");

    private final String css;

    PaperSize(String css) {
        this.css = css;
    }

    /** The CSS {@code @page} size keyword. */
    String css() {
        return css;
    }

    /** The studio's own choice ("A4" or "LETTER") wins; without one, its locale decides. */
    public static PaperSize of(Optional<String> chosen, Locale locale) {
        return chosen.map(PaperSize::valueOf).orElseGet(() -> forLocale(locale));
    }

    public static PaperSize forLocale(Locale locale) {
        return locale != null && LETTER_COUNTRIES.contains(locale.getCountry()) ? LETTER : A4;
    }
}
