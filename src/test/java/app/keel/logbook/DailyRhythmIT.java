package app.keel.logbook;

import app.keel.account.security.KeelUser;
import app.keel.base.InvalidInputException;
import app.keel.client.ClientDetails;
import app.keel.exercise.ExerciseService;
import app.keel.program.ProgramDetails;
import app.keel.program.ProgramDraft;
import app.keel.program.ProgramFixtures;
import app.keel.program.ProgramService;
import app.keel.program.ProgramStatus;
import app.keel.program.plan.MyProgram;
import app.keel.program.prescription.PrescriptionDraft;
import app.keel.program.prescription.PrescriptionRow;
import app.keel.program.prescription.PrescriptionService;
import app.keel.support.KeelIntegrationTest;
import app.keel.support.TestFixtures;
import app.keel.support.TestFixtures.StudioSetup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

import static app.keel.support.TestFixtures.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Daily-rhythm items run on their own days, independent of the program's training days. */
@KeelIntegrationTest
class DailyRhythmIT {

    @Autowired
    LogbookService logbook;
    @Autowired
    ProgramService programs;
    @Autowired
    PrescriptionService items;
    @Autowired
    ExerciseService exercises;
    @Autowired
    TestFixtures fixtures;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Clock clock;

    StudioSetup studio;
    KeelUser login;
    LocalDate today;
    PrescriptionRow rest;
    PrescriptionRow deadBug;

    /** Training on every day but today; a resting position and a dead bug. */
    @BeforeEach
    void setUp() {
        studio = fixtures.newStudio();
        ClientDetails client = fixtures.client(studio.practitioner(), "Rhythm Client");
        login = fixtures.clientLogin(studio.practitioner(), client.id());
        today = LocalDate.now(clock.withZone(login.zoneId()));
        Set<DayOfWeek> training = EnumSet.allOf(DayOfWeek.class);
        training.remove(today.getDayOfWeek());
        ProgramDraft draft = new ProgramDraft();
        draft.setTitle("Back basics");
        draft.setStartDate(today.minusDays(2));
        draft.setWeeks(4);
        draft.setDays(training);
        ProgramDetails program = as(studio.practitioner(), () -> programs.create(client.id(), draft));
        rest = as(studio.practitioner(), () -> items.add(program.id(), programs.get(program.id()).version(),
                ProgramFixtures.builtIn(exercises, studio.practitioner(), "Lying with your lower legs on a chair")));
        deadBug = as(studio.practitioner(), () -> items.add(program.id(), programs.get(program.id()).version(),
                ProgramFixtures.builtIn(exercises, studio.practitioner(), "dead bug")));
        as(studio.practitioner(), () -> programs.changeStatus(program.id(), programs.get(program.id()).version(),
                ProgramStatus.ACTIVE));
    }

    private MyProgram todaysProgram() {
        return as(login, () -> logbook.day(null)).programs().getFirst();
    }

    @Test
    void on_a_rest_day_from_training_the_daily_rhythm_still_shows_and_can_be_logged() {
        MyProgram program = todaysProgram();
        assertThat(program.scheduledToday()).isFalse();
        assertThat(program.today()).extracting(MyProgram.Item::exercise)
                .containsExactly("Lying with your lower legs on a chair");
        assertThat(program.today().getFirst().dose()).isEqualTo("10 minutes, twice a day");

        as(login, () -> logbook.logItem(rest.id(), today, ItemLogDraft.of(LogOutcome.DONE)));
        assertThat(jdbc.queryForObject("select outcome from item_log where prescription_id = ?", String.class,
                rest.id())).isEqualTo("DONE");
        assertThatThrownBy(() -> as(login, () -> logbook.logItem(deadBug.id(), today,
                ItemLogDraft.of(LogOutcome.DONE)))).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("not planned for");
    }

    @Test
    void a_rhythm_item_on_chosen_weekdays_shows_only_on_those_days() {
        PrescriptionDraft d = rest.toDraft();
        d.setRhythmDays(EnumSet.of(today.plusDays(1).getDayOfWeek()));
        PrescriptionRow saved = as(studio.practitioner(), () -> items.update(rest.id(), rest.version(), d));
        assertThat(saved.rhythmDays()).isEqualTo(today.plusDays(1).getDayOfWeek().name());
        assertThat(todaysProgram().today()).isEmpty();
        assertThatThrownBy(() -> as(login, () -> logbook.logItem(rest.id(), today,
                ItemLogDraft.of(LogOutcome.DONE)))).isInstanceOf(InvalidInputException.class);

        PrescriptionDraft everyDay = saved.toDraft();
        everyDay.setRhythmDays(EnumSet.allOf(DayOfWeek.class));
        PrescriptionRow again = as(studio.practitioner(), () -> items.update(saved.id(), saved.version(), everyDay));
        assertThat(again.rhythmDays()).as("all seven days are stored as every day").isNull();
        assertThat(todaysProgram().today()).hasSize(1);
    }
}
