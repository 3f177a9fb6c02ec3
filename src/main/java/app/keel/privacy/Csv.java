package app.keel.privacy;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Writes CSV as RFC 4180 describes it (comma, CRLF, quotes doubled) and guards against formula injection: a cell
 * that a spreadsheet would run as a formula (starting with = + - @, a tab or a carriage return) gets a leading
 * apostrophe, so a note such as "=HYPERLINK(...)" stays text. Plain numbers (also negative ones) are left alone.
 */
final class Csv {

    private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?");

    private Csv() {
    }

    static String row(List<String> cells) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                line.append(',');
            }
            line.append(cell(cells.get(i)));
        }
        return line.append("\r\n").toString();
    }

    static String cell(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        String text = guarded(value);
        boolean quote = text.indexOf(',') >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0
                || text.indexOf('\r') >= 0 || Character.isWhitespace(text.charAt(0))
                || Character.isWhitespace(text.charAt(text.length() - 1));
        return quote ? '"' + text.replace("\"", "\"\"") + '"' : text;
    }

    private static String guarded(String value) {
        char first = value.charAt(0);
        boolean risky = first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
        return risky && !NUMBER.matcher(value).matches() ? "'" + value : value;
    }
}
