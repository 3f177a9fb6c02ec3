package app.keel.e2e;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.LoadState;

import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The real browser the journey tests drive: Debian's Chromium through Playwright (no browser download), with the
 * timeouts and the few look-ups every journey needs. One per test class; close it in {@code @AfterAll}.
 */
final class E2eBrowser implements AutoCloseable {

    static final double TIMEOUT_MS = 30_000;
    static final Path SCREENSHOTS = Paths.get("target", "screenshots");
    static final int PHONE_WIDTH = 360;

    private final Playwright playwright;
    private final Browser browser;

    private E2eBrowser(Playwright playwright, Browser browser) {
        this.playwright = playwright;
        this.browser = browser;
    }

    static E2eBrowser launch() {
        Playwright playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        try {
            Browser browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                    .setExecutablePath(Paths.get("/usr/bin/chromium"))
                    .setHeadless(true)
                    .setArgs(List.of("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                            "--disable-background-networking", "--disable-component-update", "--disable-sync")));
            PlaywrightAssertions.setDefaultAssertionTimeout(TIMEOUT_MS);
            return new E2eBrowser(playwright, browser);
        } catch (RuntimeException e) {
            playwright.close();
            throw e;
        }
    }

    /** A fresh browser profile (no cookies) with the journey timeouts. */
    BrowserContext newContext(Browser.NewContextOptions options) {
        BrowserContext context = browser.newContext(options);
        context.setDefaultTimeout(TIMEOUT_MS);
        context.setDefaultNavigationTimeout(TIMEOUT_MS);
        return context;
    }

    BrowserContext desktop() {
        return newContext(new Browser.NewContextOptions().setViewportSize(1280, 900));
    }

    BrowserContext phone() {
        return newContext(new Browser.NewContextOptions().setViewportSize(PHONE_WIDTH, 740).setIsMobile(true)
                .setHasTouch(true).setDeviceScaleFactor(2));
    }

    @Override
    public void close() {
        try {
            browser.close();
        } finally {
            playwright.close();
        }
    }

    /** Signs in through the login form; the caller asserts where the app then lands. */
    /** True once Vaadin's client is running and has no request to the server in flight. */
    static final String VAADIN_IDLE = "() => { const c = window.Vaadin && window.Vaadin.Flow && window.Vaadin.Flow.clients;"
            + " const all = c ? Object.values(c).filter(x => x && typeof x.isActive === 'function') : [];"
            + " return all.length > 0 && all.every(x => !x.isActive()); }";

    static void signIn(Page page, String base, String email, String password) {
        page.navigate(base + "/login");
        Locator signIn = button(page, "Sign in");
        assertThat(signIn).isVisible();
        // A person reads the page before typing; a script would type while the page still loads its parts, and a
        // request still in flight with the old session id can then cost the new, signed-in one.
        page.waitForLoadState(LoadState.NETWORKIDLE);
        // On a busy machine the network can fall quiet before Vaadin has wired the form's buttons: a click then does
        // nothing (seen once when CI shared the box with a load test). Wait until the Flow client is idle as well.
        page.waitForFunction(VAADIN_IDLE);
        page.locator("input[name=username]").fill(email);
        page.locator("input[name=password]").fill(password);
        signIn.click();
        // The same after the click: the app may still be moving to the page asked for (a full page load), and a
        // script that navigates away at once aborts it, or is aborted by it. A person waits for the page to settle.
        page.waitForLoadState(LoadState.NETWORKIDLE);
    }

    static Locator heading(Page page, int level, String text) {
        return page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(level).setName(text)
                .setExact(true));
    }

    static Locator button(Page page, String name) {
        return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    static Locator button(Locator scope, String name) {
        return scope.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName(name).setExact(true));
    }

    static void screenshot(Page page, String file) {
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(file)).setFullPage(true));
    }

    static void assertNoHorizontalScroll(Page page) {
        Object scrollWidth = page.evaluate("() => document.documentElement.scrollWidth");
        assertThat(((Number) scrollWidth).intValue()).as("page width in CSS pixels at " + page.url())
                .isLessThanOrEqualTo(PHONE_WIDTH);
    }
}
