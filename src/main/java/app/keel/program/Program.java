package app.keel.program;

import app.keel.base.AbstractEntity;
import app.keel.program.dosage.ProgramCalendar;
import app.keel.program.dosage.Schedule;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Version;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/** One client's program: its calendar, progression rule, gate and deload rule. Items and deloads hang off it. */
@Entity
public class Program extends AbstractEntity {

    private long studioId;
    private long clientId;
    private long authorPractitionerId;
    @Enumerated(EnumType.STRING)
    private ProgramKind kind;
    private String title;
    private String goal;
    private LocalDate startDate;
    private int weeks;
    private String scheduleDays;
    private int sessionsPerDay;
    @Enumerated(EnumType.STRING)
    private ProgramStatus status = ProgramStatus.DRAFT;
    @Enumerated(EnumType.STRING)
    private ProgressionKind progressionKind = ProgressionKind.NONE;
    private BigDecimal progressionAmount;
    private BigDecimal progressionCap;
    private Integer repFloor;
    private Integer repCeiling;
    private boolean gateEnabled;
    private int gateMinAdherence = 70;
    private int gatePainRise = 2;
    private Integer deloadEveryNthWeek;
    private Integer deloadVolumePercent;
    private Integer deloadIntensityPercent;
    private String flareReturnPercents = "60,80";
    private String updatedBy;
    @Version
    private long version;

    protected Program() {
    }

    Program(long studioId, long clientId, long authorPractitionerId) {
        this.studioId = studioId;
        this.clientId = clientId;
        this.authorPractitionerId = authorPractitionerId;
    }

    void apply(ProgramDraft d, String editor) {
        kind = d.getKind();
        title = d.getTitle().strip();
        goal = d.getGoal() == null || d.getGoal().isBlank() ? null : d.getGoal().strip();
        startDate = d.getStartDate();
        weeks = d.getWeeks();
        scheduleDays = d.getDays().stream().sorted().map(DayOfWeek::name).collect(Collectors.joining(","));
        sessionsPerDay = d.getSessionsPerDay();
        progressionKind = d.getProgressionKind();
        progressionAmount = d.getProgressionAmount();
        progressionCap = d.getProgressionCap();
        repFloor = d.getRepFloor();
        repCeiling = d.getRepCeiling();
        gateEnabled = d.isGateEnabled();
        gateMinAdherence = d.getGateMinAdherence();
        gatePainRise = d.getGatePainRise();
        deloadEveryNthWeek = d.getDeloadEveryNthWeek();
        deloadVolumePercent = d.getDeloadVolumePercent();
        deloadIntensityPercent = d.getDeloadVolumePercent() == null ? null : d.getDeloadIntensityPercent();
        flareReturnPercents = FlareReturn.normalise(d.getFlareReturn());
        updatedBy = editor;
    }

    void moveTo(ProgramStatus target, String editor) {
        status = target;
        updatedBy = editor;
    }

    public void touch(String editor) {
        updatedBy = editor;
    }

    public long getStudioId() { return studioId; }
    public long getClientId() { return clientId; }
    public long getAuthorPractitionerId() { return authorPractitionerId; }
    public ProgramKind getKind() { return kind; }
    public String getTitle() { return title; }
    public String getGoal() { return goal; }
    public LocalDate getStartDate() { return startDate; }
    public int getWeeks() { return weeks; }
    public LocalDate getEndDate() { return startDate.plusDays(7L * weeks - 1); }
    public Set<DayOfWeek> getDays() {
        return Arrays.stream(scheduleDays.split(",")).map(DayOfWeek::valueOf)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(DayOfWeek.class)));
    }
    public int getSessionsPerDay() { return sessionsPerDay; }
    /** When the program runs, as the dosage engine and the logbook count it. */
    public ProgramCalendar calendar() {
        return new ProgramCalendar(startDate, weeks, new Schedule(getDays(), sessionsPerDay));
    }
    public ProgramStatus getStatus() { return status; }
    public ProgressionKind getProgressionKind() { return progressionKind; }
    public BigDecimal getProgressionAmount() { return progressionAmount; }
    public BigDecimal getProgressionCap() { return progressionCap; }
    public Integer getRepFloor() { return repFloor; }
    public Integer getRepCeiling() { return repCeiling; }
    public boolean isGateEnabled() { return gateEnabled; }
    public int getGateMinAdherence() { return gateMinAdherence; }
    public int getGatePainRise() { return gatePainRise; }
    public Integer getDeloadEveryNthWeek() { return deloadEveryNthWeek; }
    public Integer getDeloadVolumePercent() { return deloadVolumePercent; }
    public Integer getDeloadIntensityPercent() { return deloadIntensityPercent; }
    public String getFlareReturnPercents() { return flareReturnPercents; }
    public String getUpdatedBy() { return updatedBy; }
    public long getVersion() { return version; }
}
