package app.keel.exercise;

import java.util.List;

/**
 * One exercise as the library dialog shows it, with its ladder neighbours and the version to save against.
 * {@code precautions} (null when none) says who it may not suit, for the practitioner and the client;
 * {@code oneSided}: done one side at a time ("each side").
 */
public record ExerciseDetails(long id, boolean builtIn, String name, ExerciseCategory category, String focus,
                              String instructions, List<String> cues, List<String> commonFaults, Dosage dosage,
                              String equipment, int difficulty, Neighbour easier, Neighbour harder, String mediaUrl,
                              long version, ExerciseDraft draft, String precautions,
                              boolean oneSided) {

    public record Neighbour(long id, String name) {
    }
}
