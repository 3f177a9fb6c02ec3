package app.keel.program.dosage;

/** Why the volume is down: planned recovery, a trip, or a flare-up. Shown beside the deload in the portal. */
public enum DeloadReason {
    PLANNED, TRAVEL, FLARE_UP
}
