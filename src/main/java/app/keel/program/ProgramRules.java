package app.keel.program;

import app.keel.base.InputRules;
import app.keel.base.InvalidInputException;
import app.keel.exercise.LoadKind;
import app.keel.program.dosage.DoseLimits;
import app.keel.program.prescription.PrescriptionDraft;
import app.keel.program.prescription.PrescriptionRepository;
import jakarta.validation.Validator;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Server-side checks of what the editor sends: Bean Validation plus the rules that span several fields. */
@Component
public class ProgramRules {

    private static final BigDecimal HALF = new BigDecimal("0.5");

    private final Validator validator;
    private final PrescriptionRepository items;

    ProgramRules(Validator validator, PrescriptionRepository items) {
        this.validator = validator;
        this.items = items;
    }

    public void check(ProgramDraft d) {
        Map<String, String> errors = new LinkedHashMap<>(InputRules.violations(validator, d));
        checkRule(errors, d.getProgressionKind() == null ? ProgressionKind.NONE : d.getProgressionKind(),
                d.getProgressionAmount(), d.getProgressionCap(), d.getRepFloor(), d.getRepCeiling());
        if (FlareReturn.parse(d.getFlareReturn()).isEmpty()) {
            errors.putIfAbsent("flareReturn", FlareReturn.MESSAGE);
        }
        if ((d.getDeloadEveryNthWeek() == null) != (d.getDeloadVolumePercent() == null)) {
            errors.putIfAbsent("deloadEveryNthWeek", "Give both how often and how much, or neither.");
        }
        if (d.getDeloadVolumePercent() != null && d.getDeloadIntensityPercent() == null) {
            errors.putIfAbsent("deloadIntensityPercent", "Give the weight kept in a deload week (10 to 100 %).");
        }
        throwIfAny(errors);
    }

    public void check(DeloadDraft d) {
        throwIfAny(new LinkedHashMap<>(InputRules.violations(validator, d)));
    }

    public void checkRanges(PrescriptionDraft d) {
        throwIfAny(new LinkedHashMap<>(InputRules.violations(validator, d)));
    }

    /** A program can only start once every loaded item says how much load. */
    void checkReadyToActivate(long programId) {
        List<String> missing = items.inOrder(programId).stream()
                .filter(i -> i.getLoadKind() == LoadKind.KG && i.getLoadKg() == null)
                .map(i -> "Set the load in kg for item " + (i.getPosition() + 1) + " before activating.").toList();
        if (!missing.isEmpty()) {
            throw InvalidInputException.of("", String.join(" ", missing));
        }
    }

    public void check(PrescriptionDraft d) {
        Map<String, String> errors = new LinkedHashMap<>(InputRules.violations(validator, d));
        if (d.getLoadKind() == LoadKind.KG && d.getLoadKg() == null) {
            errors.putIfAbsent("loadKg", "Give the load in kg, or choose bodyweight.");
        }
        checkItemRule(errors, d);
        throwIfAny(errors);
    }

    long itemCount(long programId) {
        return items.countByProgramId(programId);
    }

    /**
     * The program's cap against the items it already has: a cap below an item's prescribed dose would never let that
     * item progress, which is almost always a typing slip (the engine copes, but the practitioner should hear of it).
     * Items with their own rule have their own cap, checked when the item is saved.
     */
    public void checkCapAgainstItems(ProgramDraft d, long programId) {
        checkCap(d.getProgressionKind(), d.getProgressionCap(), items.inOrder(programId).stream()
                .filter(i -> i.ownRule().isEmpty())
                .map(i -> new ItemDose(i.getPosition(), i.getLoadKind() == LoadKind.KG ? i.getLoadKg() : null,
                        i.getHoldSeconds())).toList());
    }

    private record ItemDose(int position, BigDecimal loadKg, Integer holdSeconds) {
    }

    private static void checkCap(ProgressionKind kind, BigDecimal cap, List<ItemDose> doses) {
        if (cap == null || kind == null || kind == ProgressionKind.NONE) {
            return;
        }
        boolean hold = kind == ProgressionKind.HOLD_SECONDS;
        List<String> below = new ArrayList<>();
        for (ItemDose dose : doses) {
            BigDecimal base = hold ? (dose.holdSeconds() == null ? null : BigDecimal.valueOf(dose.holdSeconds()))
                    : dose.loadKg();
            if (base != null && cap.compareTo(base) < 0) {
                below.add("item " + (dose.position() + 1) + " (" + base.stripTrailingZeros().toPlainString()
                        + (hold ? " s" : " kg") + ")");
            }
        }
        if (!below.isEmpty()) {
            throw InvalidInputException.of("progressionCap", "The cap (" + cap.stripTrailingZeros().toPlainString()
                    + (hold ? " s" : " kg") + ") is below the prescribed dose of " + String.join(", ", below)
                    + ": raise the cap or lower the dose.");
        }
    }

    /** A rule's numbers against its kind, for a program's rule and an item's own alike. */
    private static void checkRule(Map<String, String> errors, ProgressionKind kind, BigDecimal amount, BigDecimal cap,
                                  Integer repFloor, Integer repCeiling) {
        switch (kind) {
            case NONE -> { }
            case PERCENT_LOAD -> {
                requireAmount(errors, amount, "100", "Give the % to add per week (0.5 to 100).");
                checkLoadCap(errors, cap);
            }
            case KG_LOAD -> {
                requireAmount(errors, amount, "50", "Give the kg to add per week (0.5 to 50).");
                checkLoadCap(errors, cap);
            }
            case HOLD_SECONDS -> {
                requireAmount(errors, amount, "120", "Give the seconds to add per week (1 to 120).");
                if (amount != null && amount.stripTrailingZeros().scale() > 0) {
                    errors.putIfAbsent("progressionAmount", "Use whole seconds.");
                }
                checkHoldCap(errors, cap);
            }
            case DOUBLE_PROGRESSION -> {
                requireAmount(errors, amount, "50", "Give the kg to add when the rep ceiling is reached.");
                if (amount != null && amount.remainder(HALF).signum() != 0) {
                    errors.putIfAbsent("progressionAmount", "Use steps of 0.5 kg.");
                }
                if (repFloor == null || repCeiling == null) {
                    errors.putIfAbsent("repFloor", "Give the lowest and highest number of reps.");
                } else if (repFloor > repCeiling) {
                    errors.putIfAbsent("repCeiling", "The ceiling must be at least the floor.");
                }
                checkLoadCap(errors, cap);
            }
        }
    }

    /**
     * An item's own rule: the program's checks for its kind, plus what the item must have for the rule to act (a load
     * in kg for load rules, reps for double progression, a hold for the hold rule) and a cap not below its own dose.
     */
    private static void checkItemRule(Map<String, String> errors, PrescriptionDraft d) {
        ProgressionKind kind = d.getProgressionKind();
        if (kind == null) {
            return;
        }
        checkRule(errors, kind, d.getProgressionAmount(), d.getProgressionCap(), d.getRepFloor(), d.getRepCeiling());
        boolean loadRule = kind == ProgressionKind.PERCENT_LOAD || kind == ProgressionKind.KG_LOAD
                || kind == ProgressionKind.DOUBLE_PROGRESSION;
        if (loadRule && d.getLoadKind() != LoadKind.KG) {
            errors.putIfAbsent("progressionKind", "This item is not loaded in kg, so a load rule cannot act on it: "
                    + "choose the hold rule, no progression, or the program's rule.");
        } else if (kind == ProgressionKind.DOUBLE_PROGRESSION && d.getReps() == null) {
            errors.putIfAbsent("progressionKind", "Double progression needs reps: give the item its reps first.");
        } else if (kind == ProgressionKind.HOLD_SECONDS && d.getHoldSeconds() == null) {
            errors.putIfAbsent("progressionKind", "This item has no hold, so the hold rule cannot act on it.");
        }
        BigDecimal cap = d.getProgressionCap();
        if (cap == null || kind == ProgressionKind.NONE || errors.containsKey("progressionCap")) {
            return;
        }
        boolean hold = kind == ProgressionKind.HOLD_SECONDS;
        BigDecimal base = hold ? (d.getHoldSeconds() == null ? null : BigDecimal.valueOf(d.getHoldSeconds()))
                : d.getLoadKind() == LoadKind.KG ? d.getLoadKg() : null;
        if (base != null && cap.compareTo(base) < 0) {
            String unit = hold ? " s" : " kg";
            errors.put("progressionCap", "The cap (" + cap.stripTrailingZeros().toPlainString() + unit
                    + ") is below this item's prescribed dose (" + base.stripTrailingZeros().toPlainString() + unit
                    + "): raise the cap or lower the dose.");
        }
    }

    /** Holds are whole seconds, and a cap must leave room for at least a one-second hold. */
    private static void checkHoldCap(Map<String, String> errors, BigDecimal cap) {
        if (cap != null && (cap.stripTrailingZeros().scale() > 0 || cap.compareTo(BigDecimal.ONE) < 0
                || cap.compareTo(BigDecimal.valueOf(DoseLimits.MAX_HOLD_SECONDS)) > 0)) {
            errors.putIfAbsent("progressionCap", "Give the longest hold in whole seconds (1 to "
                    + DoseLimits.MAX_HOLD_SECONDS + "), or leave it empty.");
        }
    }

    /** A load cap of 0 kg would stop every loaded item from progressing: leave it empty for no cap instead. */
    private static void checkLoadCap(Map<String, String> errors, BigDecimal cap) {
        if (cap != null && cap.compareTo(HALF) < 0) {
            errors.putIfAbsent("progressionCap", "Give the heaviest load (0.5 to 500 kg), or leave it empty.");
        }
    }

    private static void requireAmount(Map<String, String> errors, BigDecimal amount, String max, String message) {
        if (amount == null || amount.compareTo(HALF) < 0 || amount.compareTo(new BigDecimal(max)) > 0) {
            errors.putIfAbsent("progressionAmount", message);
        }
    }

    private static void throwIfAny(Map<String, String> errors) {
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }
}
