package app.keel.sheet;

import org.junit.jupiter.api.Test;

import java.util.Locale;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class SheetLayoutTest {

    private final PdfRenderer renderer = new PdfRenderer();

    @Test
    void studios_in_the_us_and_canada_print_on_letter_and_everyone_else_on_a4() {
        assertThat(PaperSize.forLocale(Locale.US)).isEqualTo(PaperSize.LETTER);
        assertThat(PaperSize.forLocale(Locale.CANADA)).isEqualTo(PaperSize.LETTER);
        assertThat(PaperSize.forLocale(Locale.UK)).isEqualTo(PaperSize.A4);
        assertThat(PaperSize.forLocale(Locale.forLanguageTag("de-DE"))).isEqualTo(PaperSize.A4);
        assertThat(PaperSize.forLocale(Locale.ENGLISH)).isEqualTo(PaperSize.A4);
    }

    @Test
    void a_studios_own_choice_of_paper_wins_over_its_locale() {
        assertThat(PaperSize.of(Optional.of("A4"), Locale.US)).isEqualTo(PaperSize.A4);
        assertThat(PaperSize.of(Optional.of("LETTER"), Locale.UK)).isEqualTo(PaperSize.LETTER);
        assertThat(PaperSize.of(Optional.empty(), Locale.US)).isEqualTo(PaperSize.LETTER);
    }

    @Test
    void a_program_of_more_items_than_a_sheet_holds_says_so_and_prints_only_the_cap() throws Exception {
        SheetContent content = SheetSamples.plain(1, SheetContent.MAX_ITEMS + 3);
        String text = PdfText.text(renderer.render(SheetDocument.build(content)));
        assertThat(text).contains("the sheet shows the first " + SheetContent.MAX_ITEMS,
                "Hinge " + SheetContent.MAX_ITEMS + " ").doesNotContain("Hinge " + (SheetContent.MAX_ITEMS + 1));
    }

    @Test
    void file_names_are_plain_ascii_from_the_client_and_program_names() {
        assertThat(SheetFiles.pdfName("Tomás O'Brien", "Hinge / strength \"2\"\r\n", 42))
                .isEqualTo("tomas-o-brien-hinge-strength-2-42.pdf");
        assertThat(SheetFiles.pdfName("李小龍", "", 7)).isEqualTo("program-program-7.pdf");
    }
}
