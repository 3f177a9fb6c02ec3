package app.keel.privacy;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class CsvTest {

    @Test
    void plain_cells_are_written_as_they_are() {
        assertThat(Csv.row(List.of("Ana", "3", "2026-12-01"))).isEqualTo("Ana,3,2026-12-01\r\n");
    }

    @Test
    void commas_quotes_and_line_breaks_are_quoted_with_quotes_doubled() {
        assertThat(Csv.cell("a, b")).isEqualTo("\"a, b\"");
        assertThat(Csv.cell("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
        assertThat(Csv.cell("one\ntwo")).isEqualTo("\"one\ntwo\"");
        assertThat(Csv.cell("one\r\ntwo")).isEqualTo("\"one\r\ntwo\"");
        assertThat(Csv.cell(" padded ")).isEqualTo("\" padded \"");
    }

    @Test
    void cells_a_spreadsheet_would_run_as_a_formula_get_an_apostrophe() {
        assertThat(Csv.cell("=1+1")).isEqualTo("'=1+1");
        assertThat(Csv.cell("+44 20 7946 0000")).isEqualTo("'+44 20 7946 0000");
        assertThat(Csv.cell("-2+3")).isEqualTo("'-2+3");
        assertThat(Csv.cell("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(Csv.cell("\tcmd")).isEqualTo("'\tcmd");
        assertThat(Csv.cell("=HYPERLINK(\"x\",\"y\")")).isEqualTo("\"'=HYPERLINK(\"\"x\"\",\"\"y\"\")\"");
    }

    @Test
    void plain_numbers_keep_their_sign_and_empty_cells_stay_empty() {
        assertThat(Csv.cell("-3")).isEqualTo("-3");
        assertThat(Csv.cell("-2.5")).isEqualTo("-2.5");
        assertThat(Csv.cell("a=b")).isEqualTo("a=b");
        assertThat(Csv.row(Arrays.asList(null, "", "x"))).isEqualTo(",,x\r\n");
    }
}
