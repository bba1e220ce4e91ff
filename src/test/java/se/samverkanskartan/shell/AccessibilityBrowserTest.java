package se.samverkanskartan.shell;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;

import se.samverkanskartan.Accessibility;
import se.samverkanskartan.BrowserTest;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * WCAG 2.1 AA as axe-core checks it, on every page and the main dialogs, and the skip
 * link used from the keyboard.
 */
class AccessibilityBrowserTest extends BrowserTest {

	private static final List<String> PAGES = List.of("", "vyer", "analys", "forslag", "partner", "data", "diagnostik",
			"historik", "omraden", "anvandare", "kallor", "om-underlaget", "kartlaggning", "granskning", "resultat",
			"konto", "hjalp", "tillganglighet", "kommun/0136", "organisation/forum:bron");

	@Test
	void every_page_has_no_violation_of_moderate_impact_or_more() {
		Map<String, List<String>> found = new LinkedHashMap<>();
		try (var context = loggedIn(new Browser.NewContextOptions().setViewportSize(1440, 900))) {
			Page page = context.newPage();
			for (String path : PAGES) {
				page.navigate(url("/" + path));
				page.waitForSelector("main#innehall > *");
				if (path.isEmpty()) {
					page.waitForSelector("network-graph[data-ready]");
				}
				found.put("/" + path, Accessibility.violations(page));
			}
		}
		assertThat(found.values()).as(Accessibility.describe(found)).allMatch(List::isEmpty);
	}

	@Test
	void the_login_page_the_statement_and_the_help_have_none_and_open_without_logging_in() {
		Map<String, List<String>> found = new LinkedHashMap<>();
		try (var context = browser.newContext()) {
			Page page = context.newPage();
			page.navigate(url("/login"));
			page.waitForSelector("vaadin-login-form");
			found.put("/login", Accessibility.violations(page));
			page.locator("footer a").getByText("Tillgänglighetsredogörelse").click();
			assertThat(page.locator("main h2").first()).hasText("Tillgänglighetsredogörelse");
			assertThat(page.locator("#supervision a")).hasAttribute("href", "https://www.digg.se/tdosanmalan");
			found.put("/tillganglighet", Accessibility.violations(page));
			page.locator("footer a").getByText("Så använder du kartan").click();
			assertThat(page.locator("main h2").first()).hasText("Så använder du kartan");
			found.put("/hjalp", Accessibility.violations(page));
		}
		assertThat(found.values()).as(Accessibility.describe(found)).allMatch(List::isEmpty);
	}

	@Test
	void the_main_dialogs_have_no_violation_of_moderate_impact_or_more() {
		Map<String, List<String>> found = new LinkedHashMap<>();
		try (var context = loggedIn(new Browser.NewContextOptions().setViewportSize(1440, 900))) {
			Page page = context.newPage();
			page.navigate(url("/?selected=municipality:0136"));
			page.waitForSelector("network-graph[data-ready]");
			dialog(page, found, "export", "vaadin-button.export-open");
			dialog(page, found, "save view", "vaadin-button.save-view");
			dialog(page, found, "edit organisation", "vaadin-button.org-edit");
			dialog(page, found, "report an error", ".organisation-flag");
			dialog(page, found, "new tie", "vaadin-button.tie-new");
			page.navigate(url("/omraden"));
			dialog(page, found, "new topic", "vaadin-button.topic-new");
		}
		assertThat(found.values()).as(Accessibility.describe(found)).allMatch(List::isEmpty);
	}

	private static void dialog(Page page, Map<String, List<String>> found, String name, String opener) {
		page.locator(opener).first().click();
		page.waitForSelector("vaadin-dialog[opened]:not([opening])", new Page.WaitForSelectorOptions()
			.setState(com.microsoft.playwright.options.WaitForSelectorState.ATTACHED));
		found.put(name, Accessibility.violations(page));
		page.keyboard().press("Escape");
		page.waitForSelector("vaadin-dialog[opened]", new Page.WaitForSelectorOptions()
			.setState(com.microsoft.playwright.options.WaitForSelectorState.DETACHED));
	}

	@Test
	void the_first_tab_stop_skips_the_menu_to_the_page_content() {
		try (var context = loggedIn(new Browser.NewContextOptions().setViewportSize(1280, 720))) {
			Page page = context.newPage();
			page.navigate(url("/analys"));
			page.waitForSelector("main#innehall > *");
			page.keyboard().press("Tab");
			assertThat(page.locator(".skip-link")).isFocused();
			assertThat(page.locator(".skip-link")).isInViewport();
			page.keyboard().press("Enter");
			assertThat(page.locator("main#innehall")).isFocused();
			assertThat(page).hasURL(url("/analys"));
			page.keyboard().press("Tab");
			assertThat((Boolean) page
				.evaluate("() => document.getElementById('innehall').contains(document.activeElement)"))
				.as("the next tab stop is inside the content")
				.isTrue();
		}
	}

}
