package app.keel.progress;

import app.keel.account.security.KeelUser;
import app.keel.base.InvalidInputException;
import app.keel.base.NotFoundException;
import app.keel.client.ClientDetails;
import app.keel.program.ProgramService;
import app.keel.program.plan.MyProgram;
import app.keel.program.plan.MyProgramService;
import app.keel.progress.ProgressFixtures.Running;
import app.keel.support.KeelIntegrationTest;
import app.keel.support.MutableClock;
import app.keel.support.TestFixtures.StudioSetup;
import app.keel.support.TestFixtures;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import static app.keel.support.TestFixtures.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@KeelIntegrationTest
class ProgressServiceIT {

    @Autowired
    ProgressService progress;
    @Autowired
    EarlyDeloadService earlyDeload;
    @Autowired
    ProgramService programs;
    @Autowired
    MyProgramService myPrograms;
    @Autowired
    TestFixtures fixtures;
    @Autowired
    ProgressFixtures history;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    MutableClock clock;

    StudioSetup studio;
    LocalDate today;
    LocalDate start;
    ClientDetails client;
    KeelUser login;
    Running program;

    /**
     * Five weeks of a 12-week program (deload in week 4): pain 5 in the first week easing to 3, the loaded item
     * logged at 8 kg then 10 kg, a PSFS activity rated twice; pain jumps to 7 over the last 7 days.
     */
    @BeforeEach
    void setUp() {
        clock.reset();
        studio = fixtures.newStudio();
        today = LocalDate.now(clock.withZone(studio.practitioner().zoneId()));
        start = today.minusDays(34);
        client = fixtures.client(studio.practitioner(), "Pia Progress");
        login = fixtures.clientLogin(studio.practitioner(), client.id());
        program = history.running(studio.practitioner(), studio.studioId(), client.id(), start);
        for (int i = 0; i <= 34; i++) {
            LocalDate day = start.plusDays(i);
            history.log(program, day, i % 5 == 4 ? "SKIPPED" : "DONE", new BigDecimal(i < 14 ? "8" : "10"), 6);
            history.checkIn(program, day, i < 7 ? 5 : i >= 28 ? 7 : 3, false);
        }
        long activity = jdbc.queryForObject("""
                insert into psfs_activity (studio_id, client_id, position, description, created_at)
                values (?, ?, 0, 'Carry the shopping upstairs', now()) returning id""", Long.class,
                studio.studioId(), client.id());
        jdbc.update("insert into psfs_rating (studio_id, client_id, activity_id, rated_on, score) values "
                + "(?, ?, ?, ?, 3), (?, ?, ?, ?, 5)", studio.studioId(), client.id(), activity, start,
                studio.studioId(), client.id(), activity, start.plusDays(14));
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void staff_see_every_day_since_the_program_began_with_deloads_psfs_and_loads_planned_and_done() {
        ProgressReport r = as(studio.practitioner(), () -> progress.forClient(client.id(), null, null));
        assertThat(r.from()).isEqualTo(start);
        assertThat(r.to()).isEqualTo(today);
        assertThat(r.days()).hasSize(35);
        DayPoint first = r.days().getFirst();
        assertThat(first.scheduled()).isEqualTo(2);
        assertThat(first.done()).isEqualTo(2);
        assertThat(first.worstPain()).isEqualTo(5);
        assertThat(first.stiffness()).isEqualTo(4);
        assertThat(first.meanRpe()).isEqualTo(6.0);
        assertThat(r.deloads()).singleElement().satisfies(d -> {
            assertThat(d.start()).isEqualTo(start.plusWeeks(3));
            assertThat(d.volumePercent()).isEqualTo(60);
        });
        assertThat(r.psfs()).singleElement().satisfies(p -> {
            assertThat(p.activity()).isEqualTo("Carry the shopping upstairs");
            assertThat(p.ratings()).containsEntry(start, 3).containsEntry(start.plusDays(14), 5);
        });
        ProgressReport.LoadLine load = r.loads().stream().filter(l -> !l.done().isEmpty()).findFirst()
                .orElseThrow();
        assertThat(load.done().get(start)).isEqualByComparingTo("8");
        assertThat(load.done().get(start.plusDays(20))).isEqualByComparingTo("10");
        assertThat(load.planned().get(start)).isEqualByComparingTo("8");
        assertThat(load.planned().get(start.plusWeeks(1))).isEqualByComparingTo("10.5");
        assertThat(jdbc.queryForObject("select count(*) from audit_event where action = 'CLIENT_PROGRESS_READ' "
                + "and subject_id = ?", Integer.class, client.id())).isEqualTo(1);
    }

    @Test
    void the_charts_shade_exactly_the_deload_days_and_the_pain_chart_carries_the_baseline_band() {
        ProgressReport r = as(studio.practitioner(), () -> progress.forClient(client.id(), null, null));
        ChartData pain = ProgressCharts.pain(r, true);
        assertThat(pain.series()).extracting(ChartData.Series::label)
                .containsExactly("Baseline + 2", "Baseline − 2", "Worst pain", "7-day average");
        assertThat(pain.series().getFirst().data().getFirst()).isEqualTo(7.0);
        assertThat(pain.series().get(1).data().getFirst()).isEqualTo(3.0);
        for (int i = 0; i < r.days().size(); i++) {
            assertThat(pain.isShaded(i)).as("day %d", i).isEqualTo(i >= 21 && i <= 27);
        }
        ChartData adherence = ProgressCharts.adherence(r);
        assertThat(adherence.series().getFirst().data()).allSatisfy(v -> assertThat(v).isBetween(0.0, 100.0));
    }

    @Test
    void a_range_is_checked_and_clipped_to_what_was_asked() {
        ProgressReport week = as(studio.practitioner(), () -> progress.forClient(client.id(), today.minusDays(6),
                today));
        assertThat(week.days()).hasSize(7);
        assertThat(week.psfs()).isEmpty();
        assertThatThrownBy(() -> as(studio.practitioner(), () -> progress.forClient(client.id(), today,
                today.minusDays(1)))).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> as(studio.practitioner(), () -> progress.forClient(client.id(),
                today.minusYears(2), today))).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void the_client_sees_their_own_progress_and_the_sentence_says_pain_rose() {
        ProgressReport mine = as(login, () -> progress.mine());
        assertThat(mine.clientId()).isEqualTo(client.id());
        assertThat(mine.days()).hasSize(35);
        assertThat(mine.loads()).allSatisfy(l -> assertThat(l.planned()).isEmpty());
        assertThat(Trends.painSentence(mine.days(), mine.today()))
                .isEqualTo("Your pain is 2 points higher than when you started. If that worries you, tell your "
                        + "practitioner.");
    }

    @Test
    void other_caseloads_and_studios_answer_like_a_missing_client() {
        assertThatThrownBy(() -> as(studio.otherPractitioner(), () -> progress.forClient(client.id(), null, null)))
                .isInstanceOf(NotFoundException.class);
        StudioSetup elsewhere = fixtures.newStudio();
        assertThatThrownBy(() -> as(elsewhere.admin(), () -> progress.forClient(client.id(), null, null)))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> as(elsewhere.admin(), () -> earlyDeload.preview(client.id(), 7, 60)))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void an_early_deload_is_previewed_then_saved_as_a_flare_up_period_and_the_client_gets_the_easier_dose() {
        EarlyDeload preview = as(studio.practitioner(), () -> earlyDeload.preview(client.id(), 7, 60));
        assertThat(preview.start()).isEqualTo(today);
        assertThat(preview.end()).isEqualTo(today.plusDays(6));
        assertThat(preview.preview().items()).hasSize(2)
                .anySatisfy(i -> assertThat(i.after()).isNotEqualTo(i.before()));
        assertThat(jdbc.queryForObject("select count(*) from deload_period where program_id = ? and reason = "
                + "'FLARE_UP'", Integer.class, program.id())).isZero();

        as(studio.practitioner(), () -> earlyDeload.start(client.id(), 7, 60));
        assertThat(jdbc.queryForObject("select count(*) from deload_period where program_id = ? and reason = "
                + "'FLARE_UP' and start_date = ? and end_date = ? and volume_percent = 60", Integer.class,
                program.id(), today, today.plusDays(6))).isEqualTo(1);
        List<MyProgram> phone = as(login, () -> myPrograms.myPrograms());
        assertThat(phone.getFirst().deloadToday()).isTrue();
        assertThat(phone.getFirst().deloadPercent()).isEqualTo(60);
        assertThatThrownBy(() -> as(studio.practitioner(), () -> earlyDeload.preview(client.id(), 7, 60)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("already running");
    }

    @Test
    void an_early_deload_stops_the_day_before_a_planned_one_and_is_offered_only_when_pain_rose_or_flared() {
        clock.advance(java.time.Duration.ofDays(-5)); // 29 days in: the week-5 planned deload is 6 weeks in
        LocalDate earlier = LocalDate.now(clock.withZone(studio.practitioner().zoneId()));
        jdbc.update("update check_in set worst_pain = 8 where client_id = ? and check_date > ?", client.id(),
                earlier.minusDays(7));
        EarlyDeload preview = as(studio.practitioner(), () -> earlyDeload.preview(client.id(), 28, 50));
        assertThat(preview.end()).isEqualTo(start.plusWeeks(7).minusDays(1));
        assertThat(preview.note()).contains("the day before the planned easier period begins");

        jdbc.update("update check_in set worst_pain = 3 where client_id = ?", client.id());
        assertThatThrownBy(() -> as(studio.practitioner(), () -> earlyDeload.preview(client.id(), 7, 60)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("pain has risen");
    }
}
