package app.keel.exercise;

import app.keel.exercise.BuiltInLibrary.LibraryFile.Entry;
import app.keel.exercise.BuiltInLibrary.LibraryFile;
import org.junit.jupiter.api.Test;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** The shipped library is data, so it is checked like code: complete, consistent and within the form's limits. */
class BuiltInLibraryFileTest {

    private final LibraryFile file = BuiltInLibrary.read();
    private final Map<String, Entry> byCode = file.exercises().stream()
            .collect(Collectors.toMap(Entry::code, Function.identity()));

    @Test
    void holds_at_least_sixty_exercises_across_every_pillar() {
        assertThat(file.version()).isPositive();
        assertThat(file.exercises()).hasSizeGreaterThanOrEqualTo(60);
        assertThat(byCode).hasSameSizeAs(file.exercises());
        Set<ExerciseCategory> categories = file.exercises().stream().map(Entry::category)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(ExerciseCategory.class)));
        assertThat(categories).containsExactlyInAnyOrder(ExerciseCategory.values());
    }

    @Test
    void every_entry_is_complete_and_would_pass_the_studio_form() {
        assertThat(file.exercises()).allSatisfy(e -> {
            assertThat(e.code()).matches("[a-z0-9]+(-[a-z0-9]+)*");
            assertThat(e.name()).isNotBlank().hasSizeLessThanOrEqualTo(120).doesNotContain("<", ">");
            assertThat(e.focus()).isNotBlank().hasSizeLessThanOrEqualTo(60);
            assertThat(e.instructions()).isNotBlank().hasSizeLessThanOrEqualTo(2000);
            assertThat(e.cues()).hasSizeBetween(2, 4).allSatisfy(c -> assertThat(c).hasSizeLessThanOrEqualTo(200));
            assertThat(e.commonFaults()).isNotEmpty();
            assertThat(e.difficulty()).isBetween(1, 5);
            assertThat(e.dosage()).isNotNull();
        });
    }

    @Test
    void ladders_link_both_ways_and_get_harder_going_up() {
        assertThat(file.exercises()).allSatisfy(e -> {
            if (e.harder() != null) {
                Entry harder = byCode.get(e.harder());
                assertThat(harder).as(e.code() + " -> harder " + e.harder()).isNotNull();
                assertThat(harder.easier()).as("back link of " + e.harder()).isEqualTo(e.code());
                assertThat(harder.difficulty()).isGreaterThanOrEqualTo(e.difficulty());
            }
            if (e.easier() != null) {
                assertThat(byCode.get(e.easier())).as(e.code() + " -> easier " + e.easier()).isNotNull();
                assertThat(byCode.get(e.easier()).harder()).isEqualTo(e.code());
            }
        });
    }

    @Test
    void nerve_tension_and_end_range_exercises_carry_precautions_in_plain_words() {
        assertThat(file.version()).as("bumped with the precautions").isGreaterThanOrEqualTo(2);
        for (String code : new String[] {"hamstring-stretch-doorway", "rock-back-to-heels", "cat-camel",
                "buttock-stretch-lying", "prone-on-elbows", "hip-flexor-stretch-half-kneeling"}) {
            assertThat(byCode.get(code).precautions()).as(code).isNotBlank().hasSizeLessThanOrEqualTo(500)
                    .contains("may not suit you");
        }
    }

    @Test
    void exercises_done_one_side_at_a_time_are_marked_and_two_sided_ones_are_not() {
        assertThat(file.version()).as("bumped with one-sided exercises").isGreaterThanOrEqualTo(3);
        for (String code : new String[] {"side-plank-knees", "split-squat", "suitcase-carry", "single-arm-row",
                "clamshell", "open-book", "hamstring-stretch-doorway"}) {
            assertThat(byCode.get(code).oneSided()).as(code).isTrue();
        }
        for (String code : new String[] {"glute-bridge", "farmer-carry", "kettlebell-deadlift", "cat-camel",
                "lower-rib-breathing-lying", "sitting-break"}) {
            assertThat(byCode.get(code).oneSided()).as(code).isNull();
        }
    }

    @Test
    void the_library_has_a_walk_and_a_commute_sitting_habit() {
        assertThat(byCode.get("walk-easy-pace").category()).isEqualTo(ExerciseCategory.HABIT);
        assertThat(byCode.get("walk-easy-pace").dosage().minutes()).isEqualTo(10);
        assertThat(byCode.get("commute-sitting").category()).isEqualTo(ExerciseCategory.HABIT);
    }
}
