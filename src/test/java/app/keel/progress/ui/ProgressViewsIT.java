package app.keel.progress.ui;

import app.keel.account.security.KeelUser;
import app.keel.client.ClientDetails;
import app.keel.progress.ProgressFixtures.Running;
import app.keel.progress.ProgressFixtures;
import app.keel.support.BrowserlessSignIn;
import app.keel.support.KeelIntegrationTest;
import app.keel.support.MutableClock;
import app.keel.support.TestFixtures.StudioSetup;
import app.keel.support.TestFixtures;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

@KeelIntegrationTest
class ProgressViewsIT extends SpringBrowserlessTest {

    @Autowired
    TestFixtures fixtures;
    @Autowired
    ProgressFixtures progress;
    @Autowired
    MutableClock clock;

    StudioSetup studio;
    ClientDetails client;
    KeelUser login;
    LocalDate today;

    /** Three weeks: worst pain 4 in the first two, 7 in the last (a pain-up flag); everything done. */
    @BeforeEach
    void setUp() {
        clock.reset();
        studio = fixtures.newStudio();
        today = LocalDate.now(clock.withZone(studio.practitioner().zoneId()));
        client = fixtures.client(studio.practitioner(), "Vera View");
        login = fixtures.clientLogin(studio.practitioner(), client.id());
        Running p = progress.running(studio.practitioner(), studio.studioId(), client.id(), today.minusDays(20));
        for (int ago = 20; ago >= 0; ago--) {
            progress.log(p, today.minusDays(ago), "DONE", new BigDecimal("8"), 6);
            progress.checkIn(p, today.minusDays(ago), ago <= 6 ? 7 : 4, false);
        }
    }

    @AfterEach
    void signOut() {
        BrowserlessSignIn.clear();
        clock.reset();
    }

    @Test
    void the_practitioner_sees_every_chart_with_a_table_twin_holding_the_same_numbers() {
        BrowserlessSignIn.as(studio.practitioner());
        ClientProgressView view = navigate(ClientProgressView.class,
                java.util.Map.of("clientId", String.valueOf(client.id())));
        assertThat(find(H2.class).from(view).all()).extracting(H2::getText)
                .contains("Progress: Vera View");
        List<ChartWithTable> charts = find(ChartWithTable.class).from(view).all();
        assertThat(charts).extracting(c -> c.table.getCaptionText()).contains(
                "Worst pain in the last 24 hours (0–10)", "Adherence per week (%)",
                "Effort (RPE 0–10, mean of the day's logged items)",
                "Stiffness, sleep, stress and confidence (0–10)").anyMatch(t -> t.startsWith("Load: "));
        ChartWithTable pain = charts.getFirst();
        assertThat(pain.table.getBody().getRows()).as("a closed table twin is not filled yet").isEmpty();
        pain.twin.setOpened(true);
        JsonNode config = JsonMapper.builder().build().readTree(pain.chart.config());
        JsonNode worst = config.get("series").get(2);
        assertThat(worst.get("label").asString()).isEqualTo("Worst pain");
        List<NativeTableRow> rows = pain.table.getBody().getRows();
        assertThat(rows).hasSize(21);
        for (int i = 0; i < rows.size(); i++) {
            String cell = rows.get(i).getDataCell(0).orElseThrow().getText();
            assertThat(cell).isEqualTo(String.valueOf(worst.get("data").get(i).asInt()));
        }
        assertThat(pain.table.getHead().getRows().getFirst().getHeaderCells()).extracting(Component::getElement)
                .extracting(e -> e.getText()).containsExactly("Day", "Worst pain", "7-day average");
        assertThat(find(NativeTable.class).withId("outcome-panel").single().getBody().getRows()).isNotEmpty();
    }

    @Test
    void the_flag_explains_itself_can_be_marked_seen_and_offers_the_easier_week() {
        BrowserlessSignIn.as(studio.practitioner());
        ClientProgressView view = navigate(ClientProgressView.class,
                java.util.Map.of("clientId", String.valueOf(client.id())));
        assertThat(view.flags.getElement().getTextRecursively()).contains("Pain up", "averaged 7.0", "up 3.0");
        assertThat(view.easierWeek.isAttached()).isTrue();
        test(find(com.vaadin.flow.component.button.Button.class).withText("Mark as seen").all().stream()
                .filter(b -> "Mark Pain up as seen".equals(b.getElement().getAttribute("aria-label"))).findFirst()
                .orElseThrow()).click();
        assertThat(view.flags.getElement().getTextRecursively()).contains("Pain up (seen)");

        test(view.easierWeek).click();
        EarlyDeloadDialog dialog = find(EarlyDeloadDialog.class).single();
        assertThat(dialog.summary.getText()).contains("at 60 %");
        assertThat(dialog.doses.getBody().getRows()).hasSize(2);
        test(dialog.confirm).click();
        assertThat(dialog.isOpened()).isFalse();
    }

    @Test
    void another_practitioners_client_reads_as_not_found() {
        BrowserlessSignIn.as(studio.otherPractitioner());
        ClientProgressView view = navigate(ClientProgressView.class,
                java.util.Map.of("clientId", String.valueOf(client.id())));
        assertThat(find(H2.class).from(view).single().getText()).isEqualTo("Client not found");
    }

    @Test
    void the_client_sees_the_sentence_and_their_charts_on_the_phone() {
        BrowserlessSignIn.as(login);
        MyProgressView view = navigate(MyProgressView.class);
        assertThat(find(Paragraph.class).withId("progress-sentence").single().getText())
                .isEqualTo("Your pain is 3 points higher than when you started. If that worries you, tell your "
                        + "practitioner.");
        assertThat(find(ChartWithTable.class).from(view).all()).extracting(c -> c.table.getCaptionText())
                .containsExactly("Worst pain in the last 24 hours (0–10)", "Adherence per week (%)");
    }
}
