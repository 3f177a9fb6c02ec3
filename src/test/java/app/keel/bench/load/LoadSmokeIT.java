package app.keel.bench.load;

import app.keel.bench.DataGenerator;
import app.keel.support.MutableClock;
import app.keel.support.TestClockConfig;
import app.keel.support.TestDatabaseConfig;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

import javax.sql.DataSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The CI smoke of the load test, so the harness never rots: both journeys (client and practitioner) with a few
 * virtual users for 30 seconds against Keel on a random port and a small generated data set. Any failed request
 * (an error or expired session in a response, a component not found, an expected text not shown) fails the test.
 * The full ramp runs outside CI: {@code perf/run.sh}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import({TestDatabaseConfig.class, TestClockConfig.class})
class LoadSmokeIT {

    @LocalServerPort
    int port;
    @Autowired
    DataSource dataSource;
    @Autowired
    MutableClock clock;

    @Test
    void both_journeys_run_for_30_seconds_without_a_failed_request() throws Exception {
        clock.reset();
        DataGenerator.Result data;
        try (Connection c = dataSource.getConnection()) {
            // The test profile hashes at 1,000 iterations (application-test.properties); the logins match it.
            data = DataGenerator.generate(c, new DataGenerator.Sizes(2, 60, 600, 180), DataGenerator.hashAt(1000));
        }
        // Figures from a few users on a shared CI box say little; the smoke is here to prove the journeys still work.
        new LoadSettings("http://localhost:" + port, data.tag(), 60, 2 * DataGenerator.PRACTITIONERS_PER_STUDIO,
                6, 1.0 / 3, Duration.ofSeconds(5), Duration.ofSeconds(25), Duration.ofMillis(500)).apply();

        LoadRun.Figures figures = LoadRun.run(Path.of("target", "gatling"));

        System.out.println("Load smoke: " + figures.line() + "; visits: " + Recorder.visits("client") + " client, "
                + Recorder.visits("practitioner") + " practitioner; load average " + loadAverage());
        assertThat(Recorder.allErrors()).as("failed requests (see the Gatling report in target/gatling)").isZero();
        assertThat(figures.gatlingExit()).as("Gatling's exit code (its assertion: no failed request)").isZero();
        assertThat(Recorder.visits("client")).as("client visits run to the end").isPositive();
        assertThat(Recorder.visits("practitioner")).as("practitioner visits run to the end").isPositive();
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).strip();
        } catch (IOException e) {
            return "unknown";
        }
    }
}
