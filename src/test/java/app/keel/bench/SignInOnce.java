package app.keel.bench;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;

import java.nio.file.Paths;
import java.util.List;
import java.util.Map;

/**
 * Measuring script (not a test): signs in once through a real Chromium against a running Keel and prints how long
 * the login page and the sign-in took. Used for the figures in issue notes, e.g. RSS after one login:
 * {@code java -cp target/test-classes:$(cat cp.txt) app.keel.bench.SignInOnce http://localhost:8090 email password}
 */
public final class SignInOnce {

    private SignInOnce() {
    }

    public static void main(String[] args) {
        String base = args[0];
        try (Playwright playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")))) {
            Browser browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                    .setExecutablePath(Paths.get("/usr/bin/chromium")).setHeadless(true)
                    .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                            "--disable-background-networking", "--disable-component-update", "--disable-sync")));
            Page page = browser.newPage();
            long t0 = System.nanoTime();
            page.navigate(base + "/login");
            page.locator("input[name=username]").waitFor();
            long t1 = System.nanoTime();
            page.locator("input[name=username]").fill(args[1]);
            page.locator("input[name=password]").fill(args[2]);
            page.locator("vaadin-button:has-text('Sign in')").click();
            page.waitForURL("**/console");
            page.getByText("Clients").first().waitFor();
            long t2 = System.nanoTime();
            System.out.printf("login page ready: %d ms%nsign-in to clients grid: %d ms%n",
                    (t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000);
            browser.close();
        }
    }
}
