package app.keel.base.ui;

import com.vaadin.flow.component.UI;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/** Dates as the studio writes them: the UI's locale (the studio's), medium length. */
public final class Dates {

    private Dates() {
    }

    public static String date(LocalDate date) {
        return date == null ? "—" : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale())
                .format(date);
    }

    public static String dateTime(Instant instant, ZoneId zone) {
        return instant == null ? "—" : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(locale()).format(instant.atZone(zone));
    }

    private static Locale locale() {
        UI ui = UI.getCurrent();
        return ui == null ? Locale.getDefault() : ui.getLocale();
    }
}
