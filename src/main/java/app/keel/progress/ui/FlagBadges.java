package app.keel.progress.ui;

import app.keel.progress.CaseloadRow;
import app.keel.progress.RaisedFlag;
import com.vaadin.flow.component.html.Span;

/** Flags as small labelled badges; the explanation is the hover text and the accessible name. */
final class FlagBadges {

    private FlagBadges() {
    }

    static Span of(CaseloadRow row) {
        Span all = new Span();
        all.addClassName("keel-flags");
        for (RaisedFlag f : row.flags()) {
            all.add(badge(f));
        }
        if (row.flags().isEmpty()) {
            all.setText("—");
        }
        return all;
    }

    static Span badge(RaisedFlag f) {
        Span badge = new Span(f.flag().label() + (f.acknowledged() ? " (seen)" : ""));
        badge.addClassNames("keel-flag", "keel-flag-" + f.flag().name().toLowerCase().replace('_', '-'));
        if (f.acknowledged()) {
            badge.addClassName("keel-flag-seen");
        }
        badge.setTitle(f.explanation());
        badge.getElement().setAttribute("aria-label", f.flag().label() + ": " + f.explanation());
        return badge;
    }

    static Span trend(CaseloadRow row) {
        Span trend = new Span(row.painTrend().arrow());
        trend.addClassName("keel-trend");
        trend.setTitle(row.painTrend().words());
        trend.getElement().setAttribute("aria-label", row.painTrend().words());
        return trend;
    }
}
