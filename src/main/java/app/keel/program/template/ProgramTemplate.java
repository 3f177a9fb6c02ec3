package app.keel.program.template;

import app.keel.base.AbstractEntity;
import app.keel.program.ProgramKind;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Version;

/** A studio-wide reusable program: settings and items as a JSON document (see {@link TemplateContent}). */
@Entity
public class ProgramTemplate extends AbstractEntity {

    private long studioId;
    private String title;
    @Enumerated(EnumType.STRING)
    private ProgramKind kind;
    private int weeks;
    private String content;
    private String createdBy;
    @Version
    private long version;

    protected ProgramTemplate() {
    }

    ProgramTemplate(long studioId, String title, ProgramKind kind, int weeks, String content, String createdBy) {
        this.studioId = studioId;
        this.title = title;
        this.kind = kind;
        this.weeks = weeks;
        this.content = content;
        this.createdBy = createdBy;
    }

    public long getStudioId() { return studioId; }
    public String getTitle() { return title; }
    public ProgramKind getKind() { return kind; }
    public int getWeeks() { return weeks; }
    String getContent() { return content; }
}
