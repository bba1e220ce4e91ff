package se.samverkanskartan.shell;

import java.util.List;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;

import se.samverkanskartan.BrowserTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every page's Vaadin elements are defined in the browser: the front-end bundle holds
 * only the components the views use (optimizeBundle), so one it missed would show as an
 * empty, unknown element.
 */
class EveryPageBrowserTest extends BrowserTest {

	private static final List<String> PAGES = List.of("", "vyer", "analys", "forslag", "partner", "data", "diagnostik",
			"historik", "omraden", "anvandare", "kallor", "om-underlaget");

	/**
	 * Names of the vaadin-* elements on the page that no script defined. The grid's cell
	 * wrappers are plain elements by design.
	 */
	private static final String UNDEFINED = """
			() => [...new Set([...document.querySelectorAll('*')].map((e) => e.localName))]
			  .filter((name) => name.startsWith('vaadin-') && name !== 'vaadin-grid-cell-content'
			    && !customElements.get(name))""";

	@Test
	void every_page_uses_only_vaadin_elements_that_the_bundle_defines() {
		try (var context = loggedIn(new Browser.NewContextOptions().setViewportSize(1400, 900))) {
			Page page = context.newPage();
			for (String path : PAGES) {
				page.navigate(url("/" + path));
				// The view is the app layout's child without a slot
				page.waitForSelector("vaadin-app-layout > :not([slot])");
				assertThat(undefinedElements(page)).as("undefined elements on /" + path).isEmpty();
			}
			page.evaluate("document.body.append(document.createElement('vaadin-no-such-component'))");
			assertThat(undefinedElements(page)).as("the check itself").containsExactly("vaadin-no-such-component");
		}
	}

	@Test
	void the_login_page_uses_only_defined_vaadin_elements() {
		try (var context = browser.newContext()) {
			Page page = context.newPage();
			page.navigate(url("/login"));
			page.waitForSelector("vaadin-login-form");
			assertThat(undefinedElements(page)).isEmpty();
		}
	}

	@SuppressWarnings("unchecked")
	private static List<String> undefinedElements(Page page) {
		return (List<String>) page.evaluate(UNDEFINED);
	}

}
