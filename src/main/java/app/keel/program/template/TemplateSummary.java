package app.keel.program.template;

import app.keel.program.ProgramKind;

/** A template as a choice in a list. */
public record TemplateSummary(long id, String title, ProgramKind kind, int weeks) {
}
