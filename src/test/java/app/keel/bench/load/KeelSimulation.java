package app.keel.bench.load;

import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;

import java.time.Duration;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

import static io.gatling.javaapi.core.CoreDsl.constantConcurrentUsers;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.rampConcurrentUsers;
import static io.gatling.javaapi.core.CoreDsl.rampUsers;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;

/**
 * Both journeys at once against a running Keel whose database the {@code DataGenerator} filled: a closed model
 * (a fixed number of people using the app at the same time, each visit followed by the next person's), ramped up,
 * then held. Configured with system properties (see {@link LoadSettings}); {@link LoadRun} runs it.
 */
public class KeelSimulation extends Simulation {

    public KeelSimulation() {
        LoadSettings s = LoadSettings.fromSystemProperties();
        HttpProtocolBuilder protocol = http.baseUrl(s.baseUrl()).acceptHeader("*/*")
                .acceptLanguageHeader("en-GB,en;q=0.8").userAgentHeader("Mozilla/5.0 (Keel load test)")
                .shareConnections();
        int practitioners = Math.max(1, (int) Math.round(s.users() * s.practitionerShare()));
        int clients = Math.max(1, s.users() - practitioners);
        ScenarioBuilder client = scenario("Client").feed(emails("c", s.clients(), s.tag()))
                .exec(Journeys.client(s.think()));
        ScenarioBuilder practitioner = scenario("Practitioner").feed(emails("p", s.practitioners(), s.tag()))
                .exec(Journeys.practitioner(s.think()));
        if (s.checkInSavesOnly()) {
            setUp(scenario("Check-in saves").feed(emails("c", s.clients(), s.tag()))
                    .exec(Journeys.checkInSaves(s.ramp().plus(s.hold())))
                    .injectOpen(rampUsers(s.users()).during(s.ramp())))
                    .protocols(protocol)
                    .assertions(global().failedRequests().count().is(0L));
            return;
        }
        Simulation.SetUp setUp = setUp(client.injectClosed(rampConcurrentUsers(0).to(clients).during(s.ramp()),
                        constantConcurrentUsers(clients).during(s.hold())),
                practitioner.injectClosed(rampConcurrentUsers(0).to(practitioners).during(s.ramp()),
                        constantConcurrentUsers(practitioners).during(s.hold())))
                .protocols(protocol)
                .assertions(global().failedRequests().count().is(0L));
        Integer maxTail = Integer.getInteger("keel.load.max-tail");
        if (maxTail != null) {
            // The ramp's steps: measuring stops after the hold; visits still running then may finish (they sign out,
            // so their sessions do not weigh on the next step) but not forever when the server is past its limit.
            setUp.maxDuration(s.ramp().plus(s.hold()).plusSeconds(maxTail));
        }
    }

    /**
     * Logins of the generated data set in turn ({@code c0-<tag>@gen.keel}, {@code c1-…}) from a random start, so two
     * people at the same time are never the same login (they would edit the same program or check-in) and runs one
     * after the other mostly meet other clients.
     */
    static Iterator<Map<String, Object>> emails(String prefix, int count, String tag) {
        AtomicLong next = new AtomicLong(ThreadLocalRandom.current().nextInt(count));
        return Stream.generate(() -> Map.<String, Object>of(Journeys.EMAIL,
                prefix + (next.getAndIncrement() % count) + "-" + tag + "@gen.keel")).iterator();
    }

    static Duration seconds(double s) {
        return Duration.ofMillis(Math.round(s * 1000));
    }
}
