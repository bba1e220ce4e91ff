package se.samverkanskartan.accounts.ui;

import java.util.List;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.neo4j.core.Neo4jClient;

import se.samverkanskartan.BrowserTest;
import se.samverkanskartan.TestNeo4j;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/** Logging in, roles in the pages, and the admin's user list, in Chromium. */
class LoginBrowserTest extends BrowserTest {

	@Autowired
	Neo4jClient neo4j;

	@AfterEach
	void removeTestUsers() {
		this.neo4j.query("MATCH (u:User) WHERE u.username STARTS WITH 'test-' DELETE u").run();
	}

	private static void login(Page page, String username, String password) {
		page.locator("vaadin-login-form vaadin-text-field input").fill(username);
		page.locator("vaadin-login-form vaadin-password-field input").fill(password);
		page.locator("vaadin-login-form vaadin-password-field input").press("Enter");
	}

	@Test
	void a_second_page_takes_the_client_files_from_the_browser_cache_without_asking_the_server() {
		try (var context = browser.newContext()) {
			Page first = context.newPage();
			first.navigate(url("/login"));
			assertThat(first.locator("vaadin-login-form")).isVisible();
			first.close();

			Page second = context.newPage();
			second.navigate(url("/login"));
			assertThat(second.locator("vaadin-login-form")).isVisible();
			// transferSize 0: from the cache; a few hundred bytes: asked again (304)
			List<?> files = (List<?>) second.evaluate("""
					() => performance.getEntriesByType('resource')
						.filter(e => e.name.includes('/VAADIN/build/') || e.name.includes('/lumo/'))
						.map(e => e.name.replace(location.origin, '') + ' ' + e.transferSize)""");
			Assertions.assertThat(files)
				.hasSizeGreaterThanOrEqualTo(3)
				.allSatisfy(file -> Assertions.assertThat(file.toString()).endsWith(" 0"));
		}
	}

	@Test
	void pages_ask_for_a_login_a_wrong_password_is_refused_and_an_admin_adds_a_viewer_who_cannot_edit() {
		try (var context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1400, 900))) {
			Page page = context.newPage();
			page.navigate(url("/analys"));
			assertThat(page.locator("vaadin-login-form")).isVisible();
			login(page, TestNeo4j.ADMIN, "fel lösenord");
			assertThat(page.locator("vaadin-login-form")).containsText("Fel användarnamn eller lösenord");

			login(page, TestNeo4j.ADMIN, TestNeo4j.ADMIN_PASSWORD);
			page.waitForURL(address -> !address.contains("/login"));
			page.navigate(url("/anvandare"));
			page.locator("vaadin-text-field input").first().fill("test-lasare");
			page.locator("vaadin-password-field input").first().fill("ett långt lösenord");
			page.getByText("Lägg till").click();
			assertThat(page.locator(".users")).containsText("test-lasare");
			page.screenshot(
					new Page.ScreenshotOptions().setPath(java.nio.file.Path.of("target", "screenshots", "users.png")));
		}
		try (var context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1400, 900))) {
			Page page = context.newPage();
			page.navigate(url("/login"));
			login(page, "test-lasare", "ett långt lösenord");
			page.waitForURL(address -> !address.contains("/login"));
			page.navigate(url("/"));
			page.waitForSelector("network-graph[data-ready]", new Page.WaitForSelectorOptions().setTimeout(30_000));
			assertThat(page.locator("vaadin-button.export-open")).isVisible();
			assertThat(page.locator("vaadin-button.save-view")).isHidden();
			page.locator("vaadin-menu-bar.more-menu vaadin-menu-bar-button").first().click();
			assertThat(page.getByRole(com.microsoft.playwright.options.AriaRole.MENUITEM,
					new Page.GetByRoleOptions().setName("Diagnostik")))
				.isVisible();
			assertThat(page.getByRole(com.microsoft.playwright.options.AriaRole.MENUITEM,
					new Page.GetByRoleOptions().setName("Användare")))
				.hasCount(0);
			page.keyboard().press("Escape");
			page.navigate(url("/anvandare"));
			assertThat(page.locator(".users")).hasCount(0);
		}
	}

}
