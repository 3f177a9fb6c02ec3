package app.keel.program;

import java.util.EnumSet;
import java.util.Set;

/** A program's life: draft → active ⇄ paused → completed → archived. Only these moves exist. */
public enum ProgramStatus {
    DRAFT("Draft"), ACTIVE("Active"), PAUSED("Paused"), COMPLETED("Completed"), ARCHIVED("Archived");

    private final String label;

    ProgramStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public Set<ProgramStatus> next() {
        return switch (this) {
            case DRAFT -> EnumSet.of(ACTIVE, ARCHIVED);
            case ACTIVE -> EnumSet.of(PAUSED, COMPLETED);
            case PAUSED -> EnumSet.of(ACTIVE, COMPLETED);
            case COMPLETED -> EnumSet.of(ARCHIVED);
            case ARCHIVED -> EnumSet.noneOf(ProgramStatus.class);
        };
    }

    public boolean canMoveTo(ProgramStatus target) {
        return next().contains(target);
    }

    /** What the client sees: only programs that are running or paused. */
    public boolean visibleToClient() {
        return this == ACTIVE || this == PAUSED;
    }
}
