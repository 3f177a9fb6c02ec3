package app.keel.exercise;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Loads the curated built-in library shipped in {@code exercise-library/library.json} at start-up. Idempotent and
 * versioned: when the file's version is newer than the database's, built-ins are added or updated by their code;
 * studio exercises are never touched. Runs before demo data (which may prescribe built-ins).
 */
@Component
@Order(0)
class BuiltInLibrary implements ApplicationRunner {

    static final String RESOURCE = "exercise-library/library.json";
    private static final Logger log = LoggerFactory.getLogger(BuiltInLibrary.class);

    private final ExerciseRepository exercises;
    private final TransactionTemplate transaction;

    BuiltInLibrary(ExerciseRepository exercises, TransactionTemplate transaction) {
        this.exercises = exercises;
        this.transaction = transaction;
    }

    @Override
    public void run(ApplicationArguments args) {
        LibraryFile file = read();
        transaction.executeWithoutResult(status -> load(file));
    }

    static LibraryFile read() {
        try (InputStream in = new ClassPathResource(RESOURCE).getInputStream()) {
            return JsonMapper.builder().build().readValue(in, LibraryFile.class);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the built-in exercise library", e);
        }
    }

    void load(LibraryFile file) {
        int current = exercises.builtInVersion();
        if (current >= file.version()) {
            return;
        }
        Map<String, Exercise> byCode = new HashMap<>();
        exercises.builtIns().forEach(e -> byCode.put(e.getCode(), e));
        for (LibraryFile.Entry entry : file.exercises()) {
            Exercise exercise = byCode.computeIfAbsent(entry.code(), Exercise::builtIn);
            exercise.apply(entry.toDraft(), "Keel library");
            exercise.setLibraryVersion(file.version());
            exercises.save(exercise);
        }
        exercises.flush();
        for (LibraryFile.Entry entry : file.exercises()) {
            byCode.get(entry.code()).linkLadder(idOf(byCode, entry.easier()), idOf(byCode, entry.harder()));
        }
        log.info("Built-in exercise library updated from version {} to {} ({} exercises)", current, file.version(),
                file.exercises().size());
    }

    private static Long idOf(Map<String, Exercise> byCode, String code) {
        return code == null ? null : byCode.get(code).getId();
    }

    /** The shape of the shipped JSON file. */
    record LibraryFile(int version, List<Entry> exercises) {

        record Entry(String code, String name, ExerciseCategory category, String focus, String instructions,
                     List<String> cues, List<String> commonFaults, Map<String, Object> defaultDosage,
                     String equipment, int difficulty, String easier, String harder, String precautions,
                     Boolean oneSided) {

            ExerciseDraft toDraft() {
                ExerciseDraft d = new ExerciseDraft();
                d.setName(name);
                d.setCategory(category);
                d.setFocus(focus);
                d.setInstructions(instructions);
                d.setCues(String.join("\n", cues));
                d.setCommonFaults(commonFaults == null ? "" : String.join("\n", commonFaults));
                d.setEquipment(equipment);
                d.setDifficulty(difficulty);
                d.setFullDosage(dosage());
                d.setPrecautions(precautions == null ? "" : precautions);
                d.setOneSided(Boolean.TRUE.equals(oneSided));
                return d;
            }

            Dosage dosage() {
                Map<String, Object> m = defaultDosage == null ? Map.of() : defaultDosage;
                Object kind = m.get("loadKind");
                return new Dosage(integer(m, "sets"), integer(m, "reps"), integer(m, "holdSeconds"),
                        integer(m, "restSeconds"), (String) m.get("tempo"),
                        kind == null ? null : LoadKind.valueOf(kind.toString()), integer(m, "minutes"),
                        integer(m, "timesPerDay"), (String) m.get("position"), (String) m.get("timeOfDay"));
            }

            private static Integer integer(Map<String, Object> m, String key) {
                return m.get(key) instanceof Number n ? n.intValue() : null;
            }
        }
    }
}
