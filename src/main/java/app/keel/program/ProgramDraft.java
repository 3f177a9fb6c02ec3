package app.keel.program;

import app.keel.base.InputRules;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

/** A program's settings as typed in the editor; {@link ProgramService} checks them again, with cross-field rules. */
public class ProgramDraft {

    @NotNull(message = "Please choose the kind of program.")
    private ProgramKind kind = ProgramKind.STABILITY;
    @NotBlank(message = "Please give the program a title.")
    @Size(max = 120, message = "Use at most 120 characters.")
    @Pattern(regexp = InputRules.PLAIN_TEXT, message = InputRules.PLAIN_TEXT_MESSAGE)
    private String title = "";
    @Size(max = 1000, message = "Use at most 1000 characters.")
    private String goal = "";
    @NotNull(message = "Please choose a start date.")
    private LocalDate startDate;
    @Min(value = 1, message = "A program runs 1 to 52 weeks.") @Max(value = 52, message = "A program runs 1 to 52 weeks.")
    private int weeks = 8;
    @NotEmpty(message = "Choose at least one day of the week.")
    private Set<DayOfWeek> days = EnumSet.of(DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY, DayOfWeek.FRIDAY);
    @Min(value = 1, message = "1 to 6 sessions a day.") @Max(value = 6, message = "1 to 6 sessions a day.")
    private int sessionsPerDay = 1;
    @NotNull
    private ProgressionKind progressionKind = ProgressionKind.NONE;
    @DecimalMin(value = "0.5", message = "Give at least 0.5.")
    @DecimalMax(value = "120", message = "Give at most 120.")
    private BigDecimal progressionAmount;
    @DecimalMin(value = "0", message = "The cap is 0 to 500.") @DecimalMax(value = "500", message = "The cap is 0 to 500.")
    private BigDecimal progressionCap;
    @Min(value = 1, message = "Reps: 1 to 100.") @Max(value = 100, message = "Reps: 1 to 100.")
    private Integer repFloor;
    @Min(value = 1, message = "Reps: 1 to 100.") @Max(value = 100, message = "Reps: 1 to 100.")
    private Integer repCeiling;
    // On by default: a load program progresses only on evidence (the logbook's adherence and pain).
    private boolean gateEnabled = true;
    @Min(value = 0, message = "0 to 100 %.") @Max(value = 100, message = "0 to 100 %.")
    private int gateMinAdherence = 70;
    @Min(value = 1, message = "1 to 10 points.") @Max(value = 10, message = "1 to 10 points.")
    private int gatePainRise = 2;
    @Min(value = 2, message = "Every 2nd to 12th week.") @Max(value = 12, message = "Every 2nd to 12th week.")
    private Integer deloadEveryNthWeek = 4;
    @Min(value = 10, message = "10 to 100 % of the normal volume.")
    @Max(value = 100, message = "10 to 100 % of the normal volume.")
    private Integer deloadVolumePercent = 60;
    @Min(value = 10, message = "10 to 100 % of the normal weight.")
    @Max(value = 100, message = "10 to 100 % of the normal weight.")
    private Integer deloadIntensityPercent = 60;
    // The weeks after a flare-up deload, in % of the usual volume, before full volume again (docs/clinical-rules.md).
    @Size(max = 20, message = "Use at most 20 characters, e.g. 60, 80.")
    private String flareReturn = "60, 80";

    public static ProgramDraft of(Program p) {
        ProgramDraft d = new ProgramDraft();
        d.kind = p.getKind();
        d.title = p.getTitle();
        d.goal = p.getGoal() == null ? "" : p.getGoal();
        d.startDate = p.getStartDate();
        d.weeks = p.getWeeks();
        d.days = p.getDays();
        d.sessionsPerDay = p.getSessionsPerDay();
        d.progressionKind = p.getProgressionKind();
        d.progressionAmount = p.getProgressionAmount();
        d.progressionCap = p.getProgressionCap();
        d.repFloor = p.getRepFloor();
        d.repCeiling = p.getRepCeiling();
        d.gateEnabled = p.isGateEnabled();
        d.gateMinAdherence = p.getGateMinAdherence();
        d.gatePainRise = p.getGatePainRise();
        d.deloadEveryNthWeek = p.getDeloadEveryNthWeek();
        d.deloadVolumePercent = p.getDeloadVolumePercent();
        d.deloadIntensityPercent = p.getDeloadIntensityPercent();
        d.flareReturn = p.getFlareReturnPercents().replace(",", ", ");
        return d;
    }

    public ProgramKind getKind() { return kind; }
    public void setKind(ProgramKind kind) { this.kind = kind; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public String getGoal() { return goal; }
    public void setGoal(String goal) { this.goal = goal; }
    public LocalDate getStartDate() { return startDate; }
    public void setStartDate(LocalDate startDate) { this.startDate = startDate; }
    public int getWeeks() { return weeks; }
    public void setWeeks(int weeks) { this.weeks = weeks; }
    public Set<DayOfWeek> getDays() { return days; }
    public void setDays(Set<DayOfWeek> days) { this.days = days; }
    public int getSessionsPerDay() { return sessionsPerDay; }
    public void setSessionsPerDay(int sessionsPerDay) { this.sessionsPerDay = sessionsPerDay; }
    public ProgressionKind getProgressionKind() { return progressionKind; }
    public void setProgressionKind(ProgressionKind progressionKind) { this.progressionKind = progressionKind; }
    public BigDecimal getProgressionAmount() { return progressionAmount; }
    public void setProgressionAmount(BigDecimal progressionAmount) { this.progressionAmount = progressionAmount; }
    public BigDecimal getProgressionCap() { return progressionCap; }
    public void setProgressionCap(BigDecimal progressionCap) { this.progressionCap = progressionCap; }
    public Integer getRepFloor() { return repFloor; }
    public void setRepFloor(Integer repFloor) { this.repFloor = repFloor; }
    public Integer getRepCeiling() { return repCeiling; }
    public void setRepCeiling(Integer repCeiling) { this.repCeiling = repCeiling; }
    public boolean isGateEnabled() { return gateEnabled; }
    public void setGateEnabled(boolean gateEnabled) { this.gateEnabled = gateEnabled; }
    public int getGateMinAdherence() { return gateMinAdherence; }
    public void setGateMinAdherence(int gateMinAdherence) { this.gateMinAdherence = gateMinAdherence; }
    public int getGatePainRise() { return gatePainRise; }
    public void setGatePainRise(int gatePainRise) { this.gatePainRise = gatePainRise; }
    public Integer getDeloadEveryNthWeek() { return deloadEveryNthWeek; }
    public void setDeloadEveryNthWeek(Integer deloadEveryNthWeek) { this.deloadEveryNthWeek = deloadEveryNthWeek; }
    public Integer getDeloadVolumePercent() { return deloadVolumePercent; }
    public void setDeloadVolumePercent(Integer deloadVolumePercent) { this.deloadVolumePercent = deloadVolumePercent; }
    public Integer getDeloadIntensityPercent() { return deloadIntensityPercent; }
    public void setDeloadIntensityPercent(Integer percent) { this.deloadIntensityPercent = percent; }
    public String getFlareReturn() { return flareReturn; }
    public void setFlareReturn(String flareReturn) { this.flareReturn = flareReturn; }
}
