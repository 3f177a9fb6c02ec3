package app.keel.progress.ui;

import app.keel.progress.CaseloadRow;
import app.keel.progress.RaisedFlag;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.data.renderer.LitRenderer;

/**
 * Flags as small labelled badges; the explanation is the hover text and the accessible name. In the caseload grid
 * they are drawn by the browser from a template (no server component per row and cell: the grid is the console's
 * heaviest page, see docs/performance.md); on a client's page they are components.
 */
final class FlagBadges {

    private FlagBadges() {
    }

    /** The flags cell of a caseload row: its badges, or a dash. Lit escapes every value: user text stays text. */
    static LitRenderer<CaseloadRow> flagsRenderer() {
        return LitRenderer.<CaseloadRow>of("<span class=\"keel-flags\">${item.flags.length === 0 ? '—' : "
                        + "item.flags.map(f => html`<span class=${f.css} title=${f.why} aria-label=${f.aria}>"
                        + "${f.text}</span>`)}</span>")
                .withProperty("flags", row -> row.flags().stream().map(FlagBadges::badgeData).toList());
    }

    /** The pain-trend cell: the arrow, with its meaning as hover text and accessible name. */
    static LitRenderer<CaseloadRow> trendRenderer() {
        return LitRenderer.<CaseloadRow>of(
                        "<span class=\"keel-trend\" title=${item.words} aria-label=${item.words}>${item.arrow}</span>")
                .withProperty("arrow", row -> row.painTrend().arrow())
                .withProperty("words", row -> row.painTrend().words());
    }

    static Span badge(RaisedFlag f) {
        Span badge = new Span(text(f));
        badge.addClassNames(css(f).split(" "));
        badge.setTitle(f.explanation());
        badge.getElement().setAttribute("aria-label", aria(f));
        return badge;
    }

    private static FlagBadge badgeData(RaisedFlag f) {
        return new FlagBadge(text(f), css(f), f.explanation(), aria(f));
    }

    private static String text(RaisedFlag f) {
        return f.flag().label() + (f.acknowledged() ? " (seen)" : "");
    }

    private static String css(RaisedFlag f) {
        return "keel-flag keel-flag-" + f.flag().name().toLowerCase().replace('_', '-')
                + (f.acknowledged() ? " keel-flag-seen" : "");
    }

    private static String aria(RaisedFlag f) {
        return f.flag().label() + ": " + f.explanation();
    }
}
