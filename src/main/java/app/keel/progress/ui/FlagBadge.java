package app.keel.progress.ui;

/**
 * One flag badge as the caseload grid's template draws it. Public only because Vaadin reads a record's values by
 * reflection when it sends a row to the browser (a Map would arrive as {"empty": false}).
 */
public record FlagBadge(String text, String css, String why, String aria) {
}
