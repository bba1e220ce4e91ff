package se.samverkanskartan;

import com.microsoft.playwright.Browser;
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

	@AfterAll
	static void closeChromium() {
		if (playwright != null) {
			playwright.close();
		}
	}

}
