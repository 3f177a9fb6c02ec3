package app.keel.e2e;

import app.keel.support.TestClockConfig;
import app.keel.support.TestDatabaseConfig;
import app.keel.support.TestFixtures;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/** What every real-browser journey shares: Keel on a random port, the test database, fixtures and one Chromium. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import({TestDatabaseConfig.class, TestClockConfig.class})
abstract class BrowserJourney {

    static E2eBrowser browser;

    @LocalServerPort
    int port;

    @Autowired
    TestFixtures fixtures;

    @BeforeAll
    static void launchBrowser() {
        browser = E2eBrowser.launch();
    }

    @AfterAll
    static void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }
}
