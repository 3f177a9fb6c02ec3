package app.keel.privacy;

import app.keel.account.security.KeelUser;
import app.keel.privacy.PrivacyFixtures.FullClient;
import app.keel.support.KeelIntegrationTest;
import app.keel.support.TestFixtures;
import app.keel.support.TestFixtures.StudioSetup;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import static app.keel.support.TestFixtures.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The export holds exactly the client's rows of every table that references them (found from the schema's foreign
 * keys, so a new table cannot be forgotten), over HTTP through the real security chain, and audited.
 */
@KeelIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DataExportIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    WebApplicationContext context;
    @Autowired
    TestFixtures fixtures;
    @Autowired
    PrivacyFixtures privacy;
    @Autowired
    ExportService exports;
    @Autowired
    JdbcTemplate jdbc;

    MockMvc mvc;
    StudioSetup home;
    StudioSetup foreign;
    FullClient client;
    FullClient neighbour;

    @BeforeAll
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        home = fixtures.newStudio();
        foreign = fixtures.newStudio();
        client = privacy.fullClient(home.practitioner(), "Tomás O'Brien");
        neighbour = privacy.fullClient(home.practitioner(), "Neighbour Client");
        privacy.fullClient(foreign.practitioner(), "Foreign Client");
    }

    @Test
    void the_json_export_holds_exactly_the_clients_rows_of_every_table_that_references_them() throws Exception {
        JsonNode export = JSON.readTree(as(client.login(), exports::myJson).bytes());
        ClientRows rows = ClientRows.ofClient(jdbc, client.client().id());
        assertThat(rows.tables()).as("tables the schema links to a client").contains("client", "program",
                "program_revision", "prescription", "item_log", "check_in", "psfs_activity", "psfs_rating",
                "consent_record", "flag_acknowledgement", "program_pause", "deload_period");
        assertThat(export.get("format").asString()).isEqualTo(DataExport.FORMAT);
        List<String> exported = new ArrayList<>();
        export.get("tables").propertyNames().forEach(exported::add);
        assertThat(exported).as("tables in the export").containsExactlyInAnyOrderElementsOf(rows.tables());
        for (String table : rows.tables()) {
            List<JsonNode> expected = rows.jsonRows(jdbc, table).stream().map(JSON::readTree).toList();
            List<JsonNode> actual = new ArrayList<>();
            export.get("tables").get(table).forEach(actual::add);
            assertThat(actual).as(table).containsExactlyInAnyOrderElementsOf(expected);
        }
        for (String table : List.of("client", "program", "program_revision", "item_log", "check_in", "psfs_rating",
                "consent_record", "flag_acknowledgement", "program_pause")) {
            assertThat(export.get("tables").get(table).size()).as(table + " has the client's rows").isPositive();
        }
        assertThat(export.get("tables").get("client").get(0).get("notes").asString())
                .isEqualTo(PrivacyFixtures.AWKWARD_NOTE);
        assertThat(export.get("login").get("email").asString()).isEqualTo(client.login().email());
        assertThat(export.get("login").has("password_hash")).isFalse();
        assertThat(export.toString()).doesNotContain("Neighbour Client").doesNotContain("Foreign Client");
    }

    @Test
    void the_zip_holds_one_csv_per_table_with_the_clients_rows_quoted_and_guarded() throws Exception {
        Map<String, String> files = unzip(as(home.practitioner(), () -> exports.clientZip(client.client().id())).bytes());
        ClientRows rows = ClientRows.ofClient(jdbc, client.client().id());
        for (String table : rows.tables()) {
            String csv = files.get(table + ".csv");
            assertThat(csv).as(table + ".csv").isNotNull().startsWith("\uFEFF");
            assertThat(records(csv)).as(table + ".csv rows").isEqualTo(1 + rows.textRows(jdbc, table).size());
        }
        assertThat(files.get("login.csv")).contains(client.login().email()).doesNotContain("password_hash");
        String clientCsv = files.get("client.csv");
        // The formula is prefixed with an apostrophe, and the cell is quoted with its quotes doubled.
        assertThat(clientCsv).contains("\"'=HYPERLINK(\"\"http://x.example\"\",\"\"click\"\"), then \"\"rest\"\"\n"
                + "second line\"");
        assertThat(files.get("check_in.csv")).contains("\"Bad night, \"\"sharp\"\" pain\"");
        assertThat(clientCsv).contains("+44 20 7946 0000").contains("'+44 20 7946 0000");
    }

    @Test
    void the_studio_export_holds_the_studios_clients_programs_and_logs_only() throws Exception {
        int exportsBefore = audited(ExportService.STUDIO_EXPORTED, home.studioId());
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        TestFixtures.run(home.admin(), () -> {
            try {
                exports.writeStudioZip(out);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        Map<String, String> files = unzip(out.toByteArray());
        assertThat(files.keySet()).containsExactlyInAnyOrder("client.csv", "program.csv", "prescription.csv",
                "item_log.csv", "check_in.csv", "psfs_activity.csv", "psfs_rating.csv");
        for (String table : List.of("client", "program", "item_log", "check_in", "psfs_rating")) {
            int inStudio = jdbc.queryForObject("select count(*) from " + table + " where studio_id = ?", Integer.class,
                    home.studioId());
            assertThat(records(files.get(table + ".csv"))).as(table).isEqualTo(1 + inStudio);
        }
        assertThat(files.get("client.csv")).contains("Neighbour Client").doesNotContain("Foreign Client");
        assertThat(audited(ExportService.STUDIO_EXPORTED, home.studioId())).isEqualTo(exportsBefore + 1);
    }

    @Test
    void each_export_is_audited_with_the_client_id() {
        int before = audited(ExportService.EXPORTED, client.client().id());
        as(client.login(), exports::myZip);
        as(home.admin(), () -> exports.clientJson(client.client().id()));
        assertThat(audited(ExportService.EXPORTED, client.client().id())).isEqualTo(before + 2);
    }

    @TestFactory
    Stream<DynamicTest> over_http_the_client_and_their_staff_get_files_and_everyone_else_a_404() throws Exception {
        long id = client.client().id();
        List<DynamicTest> tests = new ArrayList<>();
        Map<String, Object[]> allowed = new LinkedHashMap<>();
        allowed.put("client, own JSON", new Object[]{client.login(), "/export/me.json", "application/json"});
        allowed.put("client, own ZIP", new Object[]{client.login(), "/export/me.zip", "application/zip"});
        allowed.put("practitioner, JSON", new Object[]{home.practitioner(), "/export/clients/" + id + ".json",
                "application/json"});
        allowed.put("studio admin, ZIP", new Object[]{home.admin(), "/export/clients/" + id + ".zip",
                "application/zip"});
        allowed.put("studio admin, studio ZIP", new Object[]{home.admin(), "/export/studio.zip", "application/zip"});
        allowed.forEach((who, c) -> tests.add(DynamicTest.dynamicTest(who, () -> {
            MvcResult result = mvc.perform(get((String) c[1]).with(user((KeelUser) c[0]))).andReturn();
            assertThat(result.getResponse().getStatus()).isEqualTo(200);
            assertThat(result.getResponse().getContentType()).isEqualTo(c[2]);
            assertThat(result.getResponse().getHeader("Cache-Control")).isEqualTo("no-store");
            assertThat(result.getResponse().getHeader("Content-Disposition")).startsWith("attachment; filename=");
        })));
        MvcResult missing = mvc.perform(get("/export/clients/999999999999.json").with(user(home.practitioner())))
                .andReturn();
        assertThat(missing.getResponse().getStatus()).isEqualTo(404);
        Map<String, Object[]> refused = new LinkedHashMap<>();
        refused.put("admin of another studio", new Object[]{foreign.admin(), ".json"});
        refused.put("practitioner of another studio", new Object[]{foreign.practitioner(), ".zip"});
        refused.put("practitioner outside the caseload", new Object[]{home.otherPractitioner(), ".json"});
        refused.forEach((who, c) -> tests.add(DynamicTest.dynamicTest(who + " gets the missing client's answer",
                () -> {
                    MvcResult result = mvc.perform(get("/export/clients/" + id + c[1]).with(user((KeelUser) c[0])))
                            .andReturn();
                    assertThat(result.getResponse().getStatus()).isEqualTo(404);
                    assertThat(result.getResponse().getContentType())
                            .isEqualTo(missing.getResponse().getContentType());
                    assertThat(result.getResponse().getContentAsString())
                            .isEqualTo(missing.getResponse().getContentAsString());
                })));
        Map<String, Object[]> roleRefused = new LinkedHashMap<>();
        roleRefused.put("another client asks for the client's export", new Object[]{neighbour.login(),
                "/export/clients/" + id + ".json"});
        roleRefused.put("a practitioner asks for the studio export", new Object[]{home.practitioner(),
                "/export/studio.zip"});
        roleRefused.put("staff ask for 'my' export", new Object[]{home.admin(), "/export/me.json"});
        roleRefused.forEach((who, c) -> tests.add(DynamicTest.dynamicTest(who, () -> {
            MvcResult result = mvc.perform(get((String) c[1]).with(user((KeelUser) c[0]))).andReturn();
            assertThat(result.getResponse().getStatus()).isEqualTo(404);
            assertThat(result.getResponse().getContentAsString()).doesNotContain(client.client().fullName());
        })));
        tests.add(DynamicTest.dynamicTest("a visitor who is not signed in is sent to sign in", () -> {
            MvcResult result = mvc.perform(get("/export/me.json")).andReturn();
            assertThat(result.getResponse().getStatus()).isEqualTo(302);
            assertThat(result.getResponse().getRedirectedUrl()).endsWith("/login");
        }));
        return tests.stream();
    }

    private int audited(String action, long subjectId) {
        return jdbc.queryForObject("select count(*) from audit_event where action = ? and subject_id = ?",
                Integer.class, action, subjectId);
    }

    /** CSV records (not lines: a quoted cell may hold a line break). */
    static int records(String csv) {
        int count = 0;
        boolean quoted = false;
        for (int i = 0; i < csv.length(); i++) {
            char c = csv.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (c == '\n' && !quoted) {
                count++;
            }
        }
        return count;
    }

    static Map<String, String> unzip(byte[] zip) throws IOException {
        Map<String, String> files = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                files.put(entry.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return files;
    }
}
