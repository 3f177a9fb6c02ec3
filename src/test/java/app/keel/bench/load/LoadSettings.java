package app.keel.bench.load;

import java.time.Duration;

/**
 * What one load run does, from system properties ({@code keel.load.*}): where Keel runs, which generated data set
 * (its tag and sizes) the virtual users sign in from, how many people at once, how long, and their think time; or,
 * with {@code keel.load.check-in-saves=true}, clients saving check-ins back to back (the save throughput target).
 */
public record LoadSettings(String baseUrl, String tag, int clients, int practitioners, int users,
                           double practitionerShare, Duration ramp, Duration hold, Duration think,
                           boolean checkInSavesOnly) {

    public LoadSettings(String baseUrl, String tag, int clients, int practitioners, int users, double practitionerShare,
                        Duration ramp, Duration hold, Duration think) {
        this(baseUrl, tag, clients, practitioners, users, practitionerShare, ramp, hold, think, false);
    }

    public static LoadSettings fromSystemProperties() {
        return new LoadSettings(
                System.getProperty("keel.load.base-url", "http://localhost:8080"),
                required("keel.load.tag"),
                Integer.getInteger("keel.load.clients", 100_000),
                Integer.getInteger("keel.load.practitioners", 500),
                Integer.getInteger("keel.load.users", 10),
                Double.parseDouble(System.getProperty("keel.load.practitioner-share", "0.2")),
                KeelSimulation.seconds(Double.parseDouble(System.getProperty("keel.load.ramp", "10"))),
                KeelSimulation.seconds(Double.parseDouble(System.getProperty("keel.load.hold", "30"))),
                KeelSimulation.seconds(Double.parseDouble(System.getProperty("keel.load.think", "2"))),
                Boolean.getBoolean("keel.load.check-in-saves"));
    }

    /** Sets these settings as system properties, for a simulation started in this JVM. */
    public void apply() {
        System.setProperty("keel.load.base-url", baseUrl);
        System.setProperty("keel.load.tag", tag);
        System.setProperty("keel.load.clients", String.valueOf(clients));
        System.setProperty("keel.load.practitioners", String.valueOf(practitioners));
        System.setProperty("keel.load.users", String.valueOf(users));
        System.setProperty("keel.load.practitioner-share", String.valueOf(practitionerShare));
        System.setProperty("keel.load.ramp", String.valueOf(ramp.toMillis() / 1000.0));
        System.setProperty("keel.load.hold", String.valueOf(hold.toMillis() / 1000.0));
        System.setProperty("keel.load.think", String.valueOf(think.toMillis() / 1000.0));
        System.setProperty("keel.load.check-in-saves", String.valueOf(checkInSavesOnly));
    }

    private static String required(String name) {
        String value = System.getProperty(name);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException("set -D" + name + " (the DataGenerator prints the tag of its data set)");
        }
        return value;
    }
}
