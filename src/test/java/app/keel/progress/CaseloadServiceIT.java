package app.keel.progress;

import app.keel.base.InvalidInputException;
import app.keel.base.NotFoundException;
import app.keel.client.ClientDetails;
import app.keel.progress.ProgressFixtures.Running;
import app.keel.support.KeelIntegrationTest;
import app.keel.support.MutableClock;
import app.keel.support.SqlStatements;
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
class CaseloadServiceIT {

    @Autowired
    CaseloadService caseload;
    @Autowired
    TestFixtures fixtures;
    @Autowired
    ProgressFixtures progress;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    SqlStatements sql;
    @Autowired
    MutableClock clock;

    StudioSetup studio;
    LocalDate today;
    Running ann;
    Running ben;
    Running cy;
    Running di;
    Running ed;
    Running fay;

    /**
     * Two weeks of history: Ann calm, Ben's pain up 3 points this week, Cy silent for 4 days (and so low), Di a
     * flare-up 2 days ago, Ed doing 3 days of 7; Fay (another practitioner's) a flare-up today.
     */
    @BeforeEach
    void setUp() {
        clock.reset();
        studio = fixtures.newStudio();
        today = LocalDate.now(clock.withZone(studio.practitioner().zoneId()));
        ann = client("Ann Calm", studio.practitioner());
        ben = client("Ben Rising", studio.practitioner());
        cy = client("Cy Silent", studio.practitioner());
        di = client("Di Flare", studio.practitioner());
        ed = client("Ed Low", studio.practitioner());
        fay = client("Fay Theirs", studio.otherPractitioner());
        for (int ago = 13; ago >= 0; ago--) {
            LocalDate day = today.minusDays(ago);
            day(ann, day, 3, false);
            day(ben, day, ago <= 6 ? 6 : 3, false);
            if (ago >= 4) {
                day(cy, day, 3, false);
            }
            day(di, day, 3, ago == 2);
            if (ago > 6 || ago % 2 == 0 && ago != 6) {
                day(ed, day, 3, false);
            }
            day(fay, day, 3, ago == 0);
        }
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void a_practitioner_sees_their_caseload_most_urgent_first_with_the_flags_explained() {
        List<CaseloadRow> rows = page(CaseloadFilter.mostUrgentFirst());
        assertThat(rows).extracting(CaseloadRow::fullName)
                .containsExactly("Di Flare", "Ben Rising", "Cy Silent", "Ed Low", "Ann Calm");
        assertThat(rows).extracting(r -> r.flags().stream().map(RaisedFlag::flag).toList()).containsExactly(
                List.of(Flag.FLARE_UP), List.of(Flag.PAIN_UP), List.of(Flag.NO_LOG, Flag.LOW_ADHERENCE),
                List.of(Flag.LOW_ADHERENCE), List.of());
        CaseloadRow benRow = rows.get(1);
        assertThat(benRow.flags().getFirst().explanation()).isEqualTo("Worst pain averaged 6.0 over the last 7 days, "
                + "up 3.0 from 3.0 the 7 days before (2 points is a meaningful change).");
        assertThat(benRow.painTrend()).isEqualTo(PainTrend.RISING);
        assertThat(benRow.adherence7()).isEqualTo(100.0);
        assertThat(benRow.lastLog()).isEqualTo(today);
        CaseloadRow cyRow = rows.get(2);
        assertThat(cyRow.lastLog()).isEqualTo(today.minusDays(4));
        assertThat(cyRow.adherence7()).isCloseTo(100.0 * 6 / 14, org.assertj.core.data.Offset.offset(0.001));
        assertThat(cyRow.flags().getFirst().explanation())
                .isEqualTo("Nothing logged for 4 days (last log 4 days ago).");
    }

    @Test
    void by_name_and_paged() {
        List<CaseloadRow> first = as(studio.practitioner(), () -> caseload.page(
                new CaseloadFilter(null, null, false), 0, 2));
        List<CaseloadRow> second = as(studio.practitioner(), () -> caseload.page(
                new CaseloadFilter(null, null, false), 2, 2));
        assertThat(first).extracting(CaseloadRow::fullName).containsExactly("Ann Calm", "Ben Rising");
        assertThat(second).extracting(CaseloadRow::fullName).containsExactly("Cy Silent", "Di Flare");
    }

    @Test
    void filtering_by_a_flag_keeps_exactly_the_clients_whose_flags_hold_it() {
        List<CaseloadRow> everyone = as(studio.admin(), () -> caseload.page(CaseloadFilter.mostUrgentFirst(), 0, 50));
        for (Flag flag : Flag.values()) {
            List<CaseloadRow> filtered = as(studio.admin(), () -> caseload.page(
                    new CaseloadFilter(null, flag, true), 0, 50));
            assertThat(filtered).as(flag.name()).extracting(CaseloadRow::clientId)
                    .containsExactlyElementsOf(everyone.stream().filter(r -> r.has(flag))
                            .map(CaseloadRow::clientId).toList());
        }
        assertThat(as(studio.practitioner(), () -> caseload.page(new CaseloadFilter(null, Flag.NO_LOG, true),
                0, 50))).extracting(CaseloadRow::fullName).containsExactly("Cy Silent");
    }

    @Test
    void the_admin_sees_the_studio_and_can_narrow_it_to_one_practitioner() {
        List<CaseloadRow> all = as(studio.admin(), () -> caseload.page(CaseloadFilter.mostUrgentFirst(), 0, 50));
        assertThat(all).extracting(CaseloadRow::fullName).containsExactly("Di Flare", "Fay Theirs", "Ben Rising",
                "Cy Silent", "Ed Low", "Ann Calm");
        long olu = jdbc.queryForObject("select primary_practitioner_id from client where id = ?", Long.class,
                fay.clientId());
        assertThat(as(studio.admin(), () -> caseload.page(new CaseloadFilter(olu, null, true), 0, 50)))
                .extracting(CaseloadRow::fullName).containsExactly("Fay Theirs");
    }

    @Test
    void a_page_of_the_caseload_with_flags_takes_one_statement() {
        SqlStatements.Counted<List<CaseloadRow>> page = sql.counting(() -> as(studio.admin(),
                () -> caseload.page(CaseloadFilter.mostUrgentFirst(), 0, 50)));
        assertThat(page.result()).hasSize(6);
        assertThat(page.statements()).isEqualTo(1);
    }

    @Test
    void an_acknowledged_flag_stops_counting_until_its_condition_changes_and_is_audited() {
        CaseloadRow acked = as(studio.practitioner(), () -> caseload.acknowledge(di.clientId(), Flag.FLARE_UP));
        assertThat(acked.flags().getFirst().acknowledged()).isTrue();
        assertThat(acked.urgency()).isZero();
        assertThat(jdbc.queryForObject("select count(*) from audit_event where action = 'FLAG_ACKNOWLEDGED' "
                + "and subject_id = ?", Integer.class, di.clientId())).isEqualTo(1);
        assertThat(page(CaseloadFilter.mostUrgentFirst())).extracting(CaseloadRow::fullName)
                .containsExactly("Ben Rising", "Cy Silent", "Ed Low", "Ann Calm", "Di Flare");
        CaseloadRow stillSeen = as(studio.practitioner(), () -> caseload.client(di.clientId()));
        assertThat(stillSeen.flags().getFirst().acknowledged()).isTrue();

        // A new flare-up today is a new condition: the flag counts again.
        jdbc.update("update check_in set flare_up = true where client_id = ? and check_date = ?", di.clientId(),
                today);
        CaseloadRow again = as(studio.practitioner(), () -> caseload.client(di.clientId()));
        assertThat(again.flags().getFirst().acknowledged()).isFalse();
        assertThat(again.urgency()).isEqualTo(Flag.FLARE_UP.weight());
    }

    @Test
    void the_database_order_follows_the_urgency_the_flags_give_after_acknowledgements() {
        as(studio.practitioner(), () -> caseload.acknowledge(cy.clientId(), Flag.NO_LOG));
        as(studio.practitioner(), () -> caseload.acknowledge(ben.clientId(), Flag.PAIN_UP));
        as(studio.practitioner(), () -> caseload.acknowledge(ed.clientId(), Flag.LOW_ADHERENCE));
        List<CaseloadRow> rows = page(CaseloadFilter.mostUrgentFirst());
        assertThat(rows).extracting(CaseloadRow::fullName)
                .containsExactly("Di Flare", "Cy Silent", "Ann Calm", "Ben Rising", "Ed Low");
        assertThat(rows).extracting(CaseloadRow::urgency).isSortedAccordingTo(java.util.Comparator.reverseOrder());
        assertThat(rows.get(1).urgency()).isEqualTo(Flag.LOW_ADHERENCE.weight());
    }

    @Test
    void a_flag_that_is_not_raised_cannot_be_acknowledged() {
        assertThatThrownBy(() -> as(studio.practitioner(), () -> caseload.acknowledge(ann.clientId(), Flag.PAIN_UP)))
                .isInstanceOf(InvalidInputException.class);
        assertThat(jdbc.queryForObject("select count(*) from flag_acknowledgement where client_id = ?",
                Integer.class, ann.clientId())).isZero();
    }

    @Test
    void another_practitioners_or_studios_client_answers_like_a_missing_one() {
        assertThatThrownBy(() -> as(studio.practitioner(), () -> caseload.client(fay.clientId())))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> as(studio.practitioner(), () -> caseload.acknowledge(fay.clientId(),
                Flag.FLARE_UP))).isInstanceOf(NotFoundException.class);
        StudioSetup elsewhere = fixtures.newStudio();
        assertThatThrownBy(() -> as(elsewhere.admin(), () -> caseload.client(di.clientId())))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> as(elsewhere.admin(), () -> caseload.client(Long.MAX_VALUE)))
                .isInstanceOf(NotFoundException.class);
        assertThat(as(elsewhere.admin(), () -> caseload.page(CaseloadFilter.mostUrgentFirst(), 0, 50))).isEmpty();
    }

    private List<CaseloadRow> page(CaseloadFilter filter) {
        return as(studio.practitioner(), () -> caseload.page(filter, 0, 50));
    }

    private Running client(String name, app.keel.account.security.KeelUser staff) {
        ClientDetails client = fixtures.client(staff, name);
        return progress.running(staff, studio.studioId(), client.id(), today.minusDays(13));
    }

    private void day(Running p, LocalDate day, int pain, boolean flare) {
        progress.log(p, day, "DONE", new BigDecimal("8"), 6);
        progress.checkIn(p, day, pain, flare);
    }
}
