package app.keel.sheet;

import app.keel.base.InvalidInputException;
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
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.LongStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import static app.keel.support.TestFixtures.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@KeelIntegrationTest
class SheetBatchIT {

    @Autowired
    SheetService sheets;
    @Autowired
    ProgramService programs;
    @Autowired
    PrescriptionService items;
    @Autowired
    ExerciseService exercises;
    @Autowired
    TestFixtures fixtures;
    @Autowired
    MutableClock clock;

    @Test
    void the_zip_holds_one_sheet_per_active_program_of_the_chosen_clients_in_the_caseload() throws Exception {
        clock.reset();
        StudioSetup home = fixtures.newStudio();
        StudioSetup foreign = fixtures.newStudio();
        LocalDate start = LocalDate.now(clock);
        ClientDetails ruth = fixtures.client(home.practitioner(), "Ruth Batch");
        ClientDetails george = fixtures.client(home.practitioner(), "George Batch");
        ClientDetails draftOnly = fixtures.client(home.practitioner(), "Draft Only");
        ClientDetails stranger = fixtures.client(foreign.practitioner(), "Stranger Batch");
        ProgramDetails ruths = SheetFixtures.activeProgram(programs, items, exercises, home.practitioner(), ruth.id(),
                start, 4, 2);
        ProgramDetails georges = SheetFixtures.activeProgram(programs, items, exercises, home.practitioner(),
                george.id(), start, 4, 2);
        as(home.practitioner(), () -> programs.create(draftOnly.id(), ProgramFixtures.loadProgram(start, 4)));
        SheetFixtures.activeProgram(programs, items, exercises, foreign.practitioner(), stranger.id(), start, 4, 1);

        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        List<String> progress = new ArrayList<>();
        BatchResult result = as(home.practitioner(), () -> {
            try {
                return sheets.writeActiveSheets(List.of(ruth.id(), george.id(), draftOnly.id(), stranger.id()), zip,
                        (done, total) -> progress.add(done + "/" + total));
            } catch (java.io.IOException e) {
                throw new IllegalStateException(e);
            }
        });

        Map<String, byte[]> entries = unzip(zip.toByteArray());
        assertThat(entries.keySet()).containsExactly("ruth-batch-hinge-strength-" + ruths.id() + ".pdf",
                "george-batch-hinge-strength-" + georges.id() + ".pdf");
        assertThat(PdfText.text(entries.values().iterator().next())).contains("Ruth Batch");
        assertThat(progress).containsExactly("1/2", "2/2");
        assertThat(result).isEqualTo(new BatchResult(2, 2));
    }

    @Test
    void more_than_the_batch_limit_is_refused_before_anything_is_written() {
        StudioSetup home = fixtures.newStudio();
        List<Long> tooMany = LongStream.rangeClosed(1, SheetService.MAX_BATCH + 1).boxed().toList();
        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        assertThatThrownBy(() -> as(home.practitioner(), () -> {
            try {
                return sheets.writeActiveSheets(tooMany, zip, (done, total) -> { });
            } catch (java.io.IOException e) {
                throw new IllegalStateException(e);
            }
        })).isInstanceOf(InvalidInputException.class);
        assertThat(zip.size()).isZero();
    }

    private static Map<String, byte[]> unzip(byte[] bytes) throws Exception {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                entries.put(e.getName(), in.readAllBytes());
            }
        }
        return entries;
    }
}
