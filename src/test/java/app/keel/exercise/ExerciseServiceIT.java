package app.keel.exercise;

import app.keel.base.InvalidInputException;
import app.keel.base.NotFoundException;
import app.keel.support.KeelIntegrationTest;
import app.keel.support.SqlStatements;
import app.keel.support.TestFixtures.StudioSetup;
import app.keel.support.TestFixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.List;

import static app.keel.support.TestFixtures.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@KeelIntegrationTest
class ExerciseServiceIT {

    @Autowired
    ExerciseService exercises;
    @Autowired
    BuiltInLibrary library;
    @Autowired
    TestFixtures fixtures;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    SqlStatements sql;

    StudioSetup studio;

    @BeforeEach
    void setUp() {
        studio = fixtures.newStudio();
    }

    @Test
    void the_built_in_library_is_loaded_at_start_with_its_ladders() {
        int shipped = BuiltInLibrary.read().exercises().size();
        assertThat(jdbc.queryForObject("select count(*) from exercise where studio_id is null", Integer.class))
                .isEqualTo(shipped);
        assertThat(jdbc.queryForObject("""
                select count(*) from exercise e join exercise h on h.id = e.harder_id
                where e.studio_id is null and h.easier_id <> e.id""", Integer.class)).isZero();
    }

    @Test
    void loading_the_same_version_again_changes_nothing() {
        String before = jdbc.queryForObject("select md5(string_agg(e::text, '|' order by e.id)) from exercise e",
                String.class);
        library.run(null);
        assertThat(jdbc.queryForObject("select md5(string_agg(e::text, '|' order by e.id)) from exercise e",
                String.class)).isEqualTo(before);
    }

    @Test
    void an_upgrade_from_version_1_adds_precautions_to_built_ins_and_leaves_studio_exercises_untouched() {
        long builtInId = jdbc.queryForObject("select id from exercise where studio_id is null and code = ?",
                Long.class, "hamstring-stretch-doorway");
        ExerciseDetails copy = as(studio.practitioner(), () -> exercises.copy(builtInId));
        jdbc.update("update exercise set precautions = null where id = ?", copy.id());
        jdbc.update("update exercise set library_version = 1, precautions = null where studio_id is null");
        String studioRowBefore = jdbc.queryForObject("select e::text from exercise e where id = ?", String.class,
                copy.id());

        library.run(null);

        assertThat(jdbc.queryForObject("select precautions from exercise where id = ?", String.class, builtInId))
                .contains("tingling");
        assertThat(jdbc.queryForObject("select min(library_version) from exercise where studio_id is null",
                Integer.class)).isEqualTo(BuiltInLibrary.read().version());
        assertThat(jdbc.queryForObject("select e::text from exercise e where id = ?", String.class, copy.id()))
                .isEqualTo(studioRowBefore);
    }

    @Test
    void an_upgrade_from_version_2_marks_one_sided_built_ins_and_leaves_studio_exercises_untouched() {
        long builtInId = jdbc.queryForObject("select id from exercise where studio_id is null and code = ?",
                Long.class, "side-plank-knees");
        ExerciseDetails copy = as(studio.practitioner(), () -> exercises.copy(builtInId));
        assertThat(copy.oneSided()).as("a copy takes the flag with it").isTrue();
        jdbc.update("update exercise set one_sided = false where id = ?", copy.id());
        jdbc.update("update exercise set library_version = 2, one_sided = false where studio_id is null");
        String studioRowBefore = jdbc.queryForObject("select e::text from exercise e where id = ?", String.class,
                copy.id());

        library.run(null);

        assertThat(jdbc.queryForObject("select one_sided from exercise where id = ?", Boolean.class, builtInId))
                .isTrue();
        assertThat(jdbc.queryForObject("select count(*) from exercise where studio_id is null and one_sided",
                Integer.class)).isEqualTo(24);
        assertThat(jdbc.queryForObject("select e::text from exercise e where id = ?", String.class, copy.id()))
                .isEqualTo(studioRowBefore);
    }

    @Test
    void a_grid_page_is_one_statement_and_filters_and_sorts() {
        SqlStatements.Counted<List<ExerciseSummary>> page = sql.counting(() -> as(studio.practitioner(),
                () -> exercises.list(ExerciseFilter.none(), PageRequest.of(1, 20, Sort.by("name")))));
        assertThat(page.result()).hasSize(20);
        assertThat(page.statements()).isEqualTo(1);

        List<ExerciseSummary> stability = as(studio.practitioner(), () -> exercises.list(
                new ExerciseFilter("", ExerciseCategory.STABILITY, null), PageRequest.of(0, 200)));
        assertThat(stability).isNotEmpty().allSatisfy(e -> assertThat(e.category())
                .isEqualTo(ExerciseCategory.STABILITY));

        List<ExerciseSummary> byDifficulty = as(studio.practitioner(), () -> exercises.list(ExerciseFilter.none(),
                PageRequest.of(0, 200, Sort.by(Sort.Direction.DESC, "difficulty"))));
        assertThat(byDifficulty).extracting(ExerciseSummary::difficulty).isSortedAccordingTo((a, b) -> b - a);

        String someFocus = stability.getFirst().focus();
        assertThat(as(studio.practitioner(), () -> exercises.list(new ExerciseFilter("", null, someFocus),
                PageRequest.of(0, 200)))).isNotEmpty().allSatisfy(e -> assertThat(e.focus()).isEqualTo(someFocus));
    }

    @Test
    void built_ins_are_read_only_and_a_copy_belongs_to_the_studio() {
        ExerciseSummary builtIn = as(studio.practitioner(), () -> exercises.list(ExerciseFilter.none(),
                PageRequest.of(0, 1))).getFirst();
        ExerciseDetails original = as(studio.practitioner(), () -> exercises.get(builtIn.id()));
        assertThatThrownBy(() -> as(studio.practitioner(), () -> exercises.update(original.id(), original.version(),
                original.draft()))).isInstanceOf(InvalidInputException.class).hasMessageContaining("Make a copy");

        ExerciseDetails copy = as(studio.practitioner(), () -> exercises.copy(original.id()));
        assertThat(copy.builtIn()).isFalse();
        assertThat(copy.cues()).isEqualTo(original.cues());
        ExerciseDraft change = copy.draft();
        change.setCues("Slow and small\nBreathe out as you move");
        ExerciseDetails changed = as(studio.practitioner(), () -> exercises.update(copy.id(), copy.version(), change));
        assertThat(changed.cues()).containsExactly("Slow and small", "Breathe out as you move");
        assertThat(as(studio.practitioner(), () -> exercises.get(original.id())).cues()).isEqualTo(original.cues());
    }

    @Test
    void studio_exercises_stay_in_their_studio_and_bad_input_is_refused() {
        ExerciseDraft draft = new ExerciseDraft();
        draft.setName("Towel squeeze " + TestFixtures.tag());
        draft.setFocus("Pelvic floor");
        draft.setInstructions("Squeeze a rolled towel gently between the knees.");
        draft.setCues("Gentle, not maximal");
        draft.setSets(3);
        ExerciseDetails mine = as(studio.practitioner(), () -> exercises.create(draft));
        assertThat(mine.focus()).isEqualTo("pelvic floor");

        StudioSetup other = fixtures.newStudio();
        assertThatThrownBy(() -> as(other.admin(), () -> exercises.get(mine.id()))).isInstanceOf(NotFoundException.class);
        assertThat(as(other.admin(), () -> exercises.list(new ExerciseFilter(draft.getName(), null, null),
                PageRequest.of(0, 10)))).isEmpty();

        int before = jdbc.queryForObject("select count(*) from exercise", Integer.class);
        ExerciseDraft bad = new ExerciseDraft();
        bad.setName("<b>x</b>");
        bad.setFocus("core");
        bad.setInstructions("x");
        bad.setCues("one\ntwo\nthree\nfour\nfive\nsix\nseven");
        bad.setSets(21);
        assertThatThrownBy(() -> as(studio.practitioner(), () -> exercises.create(bad)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors())
                        .containsKeys("name", "sets", "cues"));
        assertThat(jdbc.queryForObject("select count(*) from exercise", Integer.class)).isEqualTo(before);
    }
}
