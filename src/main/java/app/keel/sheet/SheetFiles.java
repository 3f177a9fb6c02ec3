package app.keel.sheet;

import java.text.Normalizer;
import java.util.Locale;

/** File names built from people's and programs' names: readable, ASCII, and never a path or a header trick. */
final class SheetFiles {

    private static final int MAX_PART = 40;

    private SheetFiles() {
    }

    static String pdfName(String clientName, String programTitle, long programId) {
        return slug(clientName) + "-" + slug(programTitle) + "-" + programId + ".pdf";
    }

    static String slug(String text) {
        String plain = Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
        if (plain.length() > MAX_PART) {
            plain = plain.substring(0, MAX_PART).replaceAll("-+$", "");
        }
        return plain.isEmpty() ? "program" : plain;
    }
}
