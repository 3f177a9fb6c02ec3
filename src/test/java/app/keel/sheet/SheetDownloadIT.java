package app.keel.sheet;

import app.keel.account.security.KeelUser;
import app.keel.client.ClientDetails;
import app.keel.exercise.ExerciseService;
import app.keel.program.ProgramDetails;
import app.keel.program.ProgramFixtures;
import app.keel.program.ProgramService;
import app.keel.program.prescription.PrescriptionService;
import app.keel.support.KeelIntegrationTest;
import app.keel.support.MutableClock;
import app.keel.support.TestFixtures.StudioSetup;
import app.keel.support.TestFixtures;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;

import static app.keel.support.TestFixtures.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/** The sheet's address over HTTP, through the real security filter chain: who gets the PDF and who a 404. */
@KeelIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SheetDownloadIT {

    @Autowired
    WebApplicationContext context;
    @Autowired
    TestFixtures fixtures;
    @Autowired
    ProgramService programs;
    @Autowired
    PrescriptionService items;
    @Autowired
    ExerciseService exercises;
    @Autowired
    MutableClock clock;

    MockMvc mvc;
    StudioSetup home;
    StudioSetup foreign;
    KeelUser owner;
    KeelUser otherClient;
    ProgramDetails program;
    ProgramDetails draft;

    @BeforeAll
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        clock.reset();
        home = fixtures.newStudio();
        foreign = fixtures.newStudio();
        ClientDetails client = fixtures.client(home.practitioner(), "Tomás O'Brien");
        owner = fixtures.clientLogin(home.practitioner(), client.id());
        otherClient = fixtures.clientLogin(home.practitioner(),
                fixtures.client(home.practitioner(), "Other Client").id());
        program = SheetFixtures.activeProgram(programs, items, exercises, home.practitioner(), client.id(),
                LocalDate.now(clock), 4, 2);
        draft = as(home.practitioner(), () -> programs.create(client.id(),
                ProgramFixtures.loadProgram(LocalDate.now(clock), 4)));
    }

    @Test
    void a_visitor_who_is_not_signed_in_is_sent_to_the_sign_in_page() throws Exception {
        MvcResult result = mvc.perform(get(url(program.id()))).andReturn();
        assertThat(result.getResponse().getStatus()).isEqualTo(302);
        assertThat(result.getResponse().getRedirectedUrl()).endsWith("/login");
    }

    @TestFactory
    Stream<DynamicTest> the_practitioner_an_admin_and_the_owner_get_the_pdf() {
        Map<String, KeelUser> allowed = Map.of("practitioner", home.practitioner(), "studio admin", home.admin(),
                "client who owns it", owner);
        return allowed.entrySet().stream().map(e -> DynamicTest.dynamicTest(e.getKey(), () -> {
            MvcResult result = mvc.perform(get(url(program.id())).with(user(e.getValue()))).andReturn();
            assertThat(result.getResponse().getStatus()).isEqualTo(200);
            assertThat(result.getResponse().getContentType()).isEqualTo("application/pdf");
            assertThat(result.getResponse().getHeader("Cache-Control")).isEqualTo("no-store");
            assertThat(result.getResponse().getHeader("Content-Disposition")).isEqualTo(
                    "inline; filename=\"tomas-o-brien-hinge-strength-" + program.id() + ".pdf\"");
            byte[] pdf = result.getResponse().getContentAsByteArray();
            assertThat(new String(pdf, 0, 5)).isEqualTo("%PDF-");
            assertThat(PdfText.text(pdf)).contains("Tomás O'Brien");
        }));
    }

    @TestFactory
    Stream<DynamicTest> everyone_else_gets_exactly_the_answer_for_a_missing_program() throws Exception {
        MvcResult missing = mvc.perform(get(url(999_999_999_999L)).with(user(home.practitioner()))).andReturn();
        assertThat(missing.getResponse().getStatus()).isEqualTo(404);
        String body = missing.getResponse().getContentAsString();
        Map<String, Object[]> refused = new LinkedHashMap<>();
        refused.put("practitioner outside the caseload", new Object[]{home.otherPractitioner(), program.id()});
        refused.put("admin of another studio", new Object[]{foreign.admin(), program.id()});
        refused.put("practitioner of another studio", new Object[]{foreign.practitioner(), program.id()});
        refused.put("another client of the studio", new Object[]{otherClient, program.id()});
        refused.put("the owner, for a draft not yet handed over", new Object[]{owner, draft.id()});
        return refused.entrySet().stream().map(e -> DynamicTest.dynamicTest(e.getKey(), () -> {
            MvcResult result = mvc.perform(get(url((long) e.getValue()[1])).with(user((KeelUser) e.getValue()[0])))
                    .andReturn();
            assertThat(result.getResponse().getStatus()).isEqualTo(404);
            assertThat(result.getResponse().getContentType()).isEqualTo(missing.getResponse().getContentType());
            assertThat(result.getResponse().getContentAsString()).isEqualTo(body);
        }));
    }

    private static String url(long programId) {
        return "/sheets/programs/" + programId + ".pdf";
    }
}
