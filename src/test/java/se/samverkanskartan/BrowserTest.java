package se.samverkanskartan;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** The running app driven by one headless Chromium per test class. */
public abstract class BrowserTest extends WebIntegrationTest {

	protected static Playwright playwright;

	protected static Browser browser;

	@BeforeAll
	static void launchChromium() {
		playwright = Chromium.playwright();
		browser = Chromium.launch(playwright);
	}

	/** A browser context logged in as the test admin; its cookies carry the session. */
	protected BrowserContext loggedIn(Browser.NewContextOptions options) {
		return loggedIn(options, TestNeo4j.ADMIN, TestNeo4j.ADMIN_PASSWORD);
	}

	/** A browser context logged in as the given user. */
	protected BrowserContext loggedIn(Browser.NewContextOptions options, String username, String password) {
		BrowserContext context = browser.newContext(options);
		Page page = context.newPage();
		page.navigate(url("/login"));
		page.locator("vaadin-login-form vaadin-text-field input").fill(username);
		page.locator("vaadin-login-form vaadin-password-field input").fill(password);
		page.locator("vaadin-login-form vaadin-password-field input").press("Enter");
		page.waitForURL(address -> !address.contains("/login"));
		page.close();
		return context;
	}

	@AfterAll
	static void closeChromium() {
		if (playwright != null) {
			playwright.close();
		}
	}

}
