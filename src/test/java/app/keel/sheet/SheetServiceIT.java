package app.keel.sheet;

import app.keel.account.security.KeelUser;
import app.keel.base.NotFoundException;
import app.keel.client.ClientDetails;
import app.keel.exercise.ExerciseService;
import app.keel.program.ProgramDetails;
import app.keel.program.ProgramService;
import app.keel.program.plan.WeekPlanService;
import app.keel.program.plan.WeekPlanTable;
import app.keel.program.prescription.PrescriptionService;
import app.keel.studio.StudioService;
import app.keel.support.KeelIntegrationTest;
import app.keel.support.MutableClock;
import app.keel.support.TestFixtures.StudioSetup;
import app.keel.support.TestFixtures;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;

import java.awt.image.BufferedImage;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import javax.imageio.ImageIO;

import static app.keel.support.TestFixtures.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@KeelIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SheetServiceIT {

    @Autowired
    SheetService sheets;
    @Autowired
    ProgramService programs;
    @Autowired
    PrescriptionService items;
    @Autowired
    WeekPlanService weekPlans;
    @Autowired
    ExerciseService exercises;
    @Autowired
    TestFixtures fixtures;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    MutableClock clock;
    @Autowired
    StudioService studios;
    @Value("${keel.public-url}")
    String publicUrl;

    StudioSetup studio;
    ClientDetails client;
    KeelUser clientLogin;
    ProgramDetails program;
    WeekPlanTable plan;
    byte[] pdf;

    @BeforeAll
    void renderOnce() throws Exception {
        clock.reset();
        studio = fixtures.newStudio();
        client = fixtures.client(studio.practitioner(), "Ruth Ellison");
        clientLogin = fixtures.clientLogin(studio.practitioner(), client.id());
        program = SheetFixtures.activeProgram(programs, items, exercises, studio.practitioner(), client.id(),
                LocalDate.now(clock).minusWeeks(1), 12, 4);
        plan = as(studio.practitioner(), () -> weekPlans.weekPlan(program.id()));
        pdf = as(studio.practitioner(), () -> sheets.programSheet(program.id())).pdf();
        Path out = Path.of("target", "sheets");
        Files.createDirectories(out);
        Files.write(out.resolve("sheet-it.pdf"), pdf);
    }

    @Test
    void the_sheet_names_the_client_and_prints_the_engines_week_one_and_deload_doses() throws Exception {
        String text = PdfText.text(pdf);
        assertThat(text).contains("Ruth Ellison", "Hinge strength", "Lift the grandchildren without fear");
        WeekPlanTable.Item hinge = plan.items().getFirst();
        assertThat(hinge.doses().getFirst()).contains("20 kg");
        assertThat(text).contains("Week 1: " + hinge.doses().getFirst());
        int deload = plan.weeks().stream().filter(WeekPlanTable.Week::deload).findFirst().orElseThrow().number() - 1;
        String deloadDose = hinge.doses().get(deload);
        assertThat(deloadDose).isNotEqualTo(hinge.doses().get(deload - 1));
        assertThat(text).contains(deloadDose, "Easier week · 60 % · planned", "Week " + (deload + 1));
    }

    @Test
    void every_page_is_numbered_out_of_the_real_page_count() throws Exception {
        int pages = PdfText.pages(pdf);
        assertThat(pages).isGreaterThan(3);
        assertThat(PdfText.pageText(pdf, 1)).contains("Page 1 of " + pages);
        assertThat(PdfText.pageText(pdf, pages)).contains("Page " + pages + " of " + pages);
    }

    @Test
    void every_font_in_the_sheet_is_embedded() throws Exception {
        List<PDFont> fonts = PdfText.fonts(pdf);
        assertThat(fonts).isNotEmpty().allSatisfy(f -> {
            assertThat(f.isEmbedded()).as(f.getName()).isTrue();
            assertThat(f.getName()).contains("DejaVu");
        });
    }

    @Test
    void page_one_is_not_blank_and_its_qr_code_opens_the_clients_log() throws Exception {
        BufferedImage page = PdfText.render(pdf, 0, 150);
        ImageIO.write(page, "png", new File("target/sheets/sheet-it-page1.png"));
        assertThat(PdfText.inked(page)).isBetween(0.02, 0.6);
        BufferedImage corner = page.getSubimage(page.getWidth() * 2 / 3, 0, page.getWidth() / 3,
                page.getHeight() / 4);
        assertThat(PdfText.qrCode(corner)).isEqualTo(publicUrl + "/my");
    }

    @Test
    void the_client_who_owns_the_program_gets_the_same_sheet_and_the_download_is_audited() throws Exception {
        Sheet own = as(clientLogin, () -> sheets.programSheet(program.id()));
        assertThat(PdfText.text(own.pdf())).contains("Ruth Ellison", plan.items().getFirst().doses().getFirst());
        assertThat(own.fileName()).isEqualTo("ruth-ellison-hinge-strength-" + program.id() + ".pdf");
        Integer rows = jdbc.queryForObject("select count(*) from audit_event where action = 'SHEET_DOWNLOADED' "
                + "and subject_type = 'PROGRAM' and subject_id = ? and actor_account_id = ?", Integer.class,
                program.id(), clientLogin.accountId());
        assertThat(rows).isEqualTo(1);
    }

    @Test
    void another_practitioner_and_another_client_find_no_sheet() {
        KeelUser neighbour = fixtures.clientLogin(studio.practitioner(),
                fixtures.client(studio.practitioner(), "Neighbour").id());
        assertThatThrownBy(() -> as(studio.otherPractitioner(), () -> sheets.programSheet(program.id())))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> as(neighbour, () -> sheets.programSheet(program.id())))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void sheets_are_a4_for_a_british_studio_until_its_admin_chooses_us_letter() throws Exception {
        StudioSetup british = fixtures.newStudio();
        ClientDetails someone = fixtures.client(british.practitioner(), "Paper Client");
        ProgramDetails small = SheetFixtures.activeProgram(programs, items, exercises, british.practitioner(),
                someone.id(), LocalDate.now(clock), 1, 1);
        assertThat(pageSize(as(british.practitioner(), () -> sheets.programSheet(small.id())).pdf()))
                .isEqualTo("595x842");
        as(british.admin(), () -> studios.choosePaperSize(british.studioId(), "LETTER"));
        assertThat(pageSize(as(british.practitioner(), () -> sheets.programSheet(small.id())).pdf()))
                .isEqualTo("612x792");
    }

    private static String pageSize(byte[] pdf) throws Exception {
        try (var doc = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            var box = doc.getPage(0).getMediaBox();
            return Math.round(box.getWidth()) + "x" + Math.round(box.getHeight());
        }
    }
}
