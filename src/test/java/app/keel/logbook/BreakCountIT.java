package app.keel.logbook;

import app.keel.account.security.KeelUser;
import app.keel.base.InvalidInputException;
import app.keel.base.NotFoundException;
import app.keel.client.ClientDetails;
import app.keel.exercise.ExerciseService;
import app.keel.program.ProgramDetails;
import app.keel.program.ProgramDraft;
import app.keel.program.ProgramFixtures;
import app.keel.program.ProgramService;
import app.keel.program.ProgramStatus;
import app.keel.program.plan.MyProgram;
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
import java.util.Map;

import static app.keel.support.TestFixtures.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The gentle "+1" of a times-a-day rhythm item: counted per day, once per tap, feeding adherence at half and full. */
@KeelIntegrationTest
class BreakCountIT {

    @Autowired
    BreakCountService breaks;
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
    long restItem;
    long deadBug;

    @BeforeEach
    void setUp() {
        studio = fixtures.newStudio();
        ClientDetails client = fixtures.client(studio.practitioner(), "Break Client");
        login = fixtures.clientLogin(studio.practitioner(), client.id());
        LocalDate today = LocalDate.now(clock.withZone(login.zoneId()));
        ProgramDraft draft = new ProgramDraft();
        draft.setTitle("Back basics");
        draft.setStartDate(today.minusDays(2));
        draft.setWeeks(4);
        draft.setDays(EnumSet.allOf(DayOfWeek.class));
        ProgramDetails program = as(studio.practitioner(), () -> programs.create(client.id(), draft));
        PrescriptionRow rest = as(studio.practitioner(), () -> items.add(program.id(),
                programs.get(program.id()).version(),
                ProgramFixtures.builtIn(exercises, studio.practitioner(), "Standing rest, leaning")));
        PrescriptionRow bug = as(studio.practitioner(), () -> items.add(program.id(),
                programs.get(program.id()).version(),
                ProgramFixtures.builtIn(exercises, studio.practitioner(), "dead bug")));
        as(studio.practitioner(), () -> programs.changeStatus(program.id(), programs.get(program.id()).version(),
                ProgramStatus.ACTIVE));
        restItem = rest.id();
        deadBug = bug.id();
        assertThat(rest.timesPerDay()).as("the library's four breaks a day").isEqualTo(4);
    }

    private Map<String, Object> counted() {
        return jdbc.queryForMap("select (select coalesce(max(times_done), 0) from break_count where prescription_id = ?)"
                + " as times, (select max(outcome) from item_log where prescription_id = ?) as outcome", restItem,
                restItem);
    }

    @Test
    void each_tap_counts_one_and_adherence_sees_partly_at_half_and_done_at_the_target() {
        assertThat(as(login, () -> breaks.countOne(restItem, 0)).inWords("breaks"))
                .isEqualTo("1 of 4 breaks so far today.");
        assertThat(counted()).containsEntry("times", 1).containsEntry("outcome", null);
        as(login, () -> breaks.countOne(restItem, 1));
        assertThat(counted()).containsEntry("times", 2).containsEntry("outcome", "PARTLY");
        as(login, () -> breaks.countOne(restItem, 2));
        BreakTally all = as(login, () -> breaks.countOne(restItem, 3));
        assertThat(all.inWords("breaks")).isEqualTo("All 4 breaks done today. Well done.");
        assertThat(counted()).containsEntry("times", 4).containsEntry("outcome", "DONE");
        assertThat(as(login, () -> breaks.countOne(restItem, 4)).done()).as("never past the target").isEqualTo(4);

        MyProgram.Item shown = as(login, () -> logbook.day(null)).programs().getFirst().today().getFirst();
        assertThat(shown.countedThroughTheDay()).isTrue();
        assertThat(as(login, () -> logbook.day(null)).breaksDone(restItem)).isEqualTo(4);
    }

    @Test
    void a_tap_sent_twice_counts_once() {
        as(login, () -> breaks.countOne(restItem, 0));
        BreakTally again = as(login, () -> breaks.countOne(restItem, 0));
        assertThat(again.done()).isEqualTo(1);
        assertThat(counted()).containsEntry("times", 1);
    }

    @Test
    void an_item_not_done_several_times_a_day_is_not_counted_and_nothing_is_written() {
        assertThatThrownBy(() -> as(login, () -> breaks.countOne(deadBug, 0)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("not counted through the day");
        assertThat(jdbc.queryForObject("select count(*) from break_count where prescription_id = ?", Integer.class,
                deadBug)).isZero();
    }

    @Test
    void another_client_finds_nothing_to_count() {
        ClientDetails other = fixtures.client(studio.practitioner(), "Other Break Client");
        KeelUser otherLogin = fixtures.clientLogin(studio.practitioner(), other.id());
        assertThatThrownBy(() -> as(otherLogin, () -> breaks.countOne(restItem, 0)))
                .isInstanceOf(NotFoundException.class);
        assertThat(counted()).containsEntry("times", 0);
        assertThat(as(otherLogin, () -> logbook.day(null)).breaks()).isEqualTo(Map.of());
    }
}
