package se.samverkanskartan.review.ui;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.security.test.context.support.WithMockUser;

import se.samverkanskartan.BrowserTest;
import se.samverkanskartan.accounts.Accounts;
import se.samverkanskartan.accounts.Role;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static se.samverkanskartan.survey.ui.SurveyPages.settle;

/**
 * A reader flags an organisation from the explorer's side panel; an editor finds the flag
 * in Granskning with who flagged it and closes it.
 */
class FlagBrowserTest extends BrowserTest {

	private static final String READER = "test-flaggare";

	private static final String PASSWORD = "ett långt lösenord";

	@Autowired
	Accounts accounts;

	@Autowired
	Neo4jClient neo4j;

	@AfterEach
	void cleanUp() {
		this.neo4j.query("MATCH (f:Flag) DELETE f").run();
		this.neo4j.query("MATCH (u:User {username: $name}) DETACH DELETE u").bind(READER).to("name").run();
	}

	@Test
	@WithMockUser(username = "admin", roles = { "EDITOR", "ADMIN" })
	void a_reader_flags_an_organisation_and_an_editor_finds_it_in_the_review_queue() {
		this.accounts.create(READER, PASSWORD, Role.VIEWER);
		try (var reader = loggedIn(new Browser.NewContextOptions().setViewportSize(1280, 900), READER, PASSWORD)) {
			Page page = reader.newPage();
			page.navigate(url("/"));
			page.waitForSelector("network-graph[data-ready]", new Page.WaitForSelectorOptions().setTimeout(30_000));
			Locator search = page.locator("vaadin-combo-box.graph-search input");
			search.fill("Salem");
			page.locator("vaadin-combo-box-item").first().waitFor();
			search.press("ArrowDown");
			search.press("Enter");
			page.locator(".organisation-flag").click();
			page.locator(".flag-send").click();
			assertThat(page.locator(".flag-reason")).containsText("Välj vad som inte stämmer.");
			page.locator(".flag-reason vaadin-radio-button")
				.filter(new Locator.FilterOptions().setHasText("Annat"))
				.click();
			page.locator(".flag-send").click();
			assertThat(page.locator(".flag-text")).containsText("Beskriv vad som är fel.");
			page.locator(".flag-text textarea").fill("Salem har bytt samordnare");
			page.locator(".flag-send").click();
			assertThat(page.locator("vaadin-notification-card")).containsText("En redaktör granskar din rapport");
		}
		try (var editor = loggedIn(new Browser.NewContextOptions().setViewportSize(1280, 900))) {
			Page page = editor.newPage();
			page.navigate(url("/granskning"));
			Locator flag = page.locator(".review-flags .flag");
			assertThat(flag).hasCount(1);
			assertThat(flag).containsText("Salem");
			assertThat(flag).containsText("Salem har bytt samordnare");
			assertThat(flag).containsText("Rapporterat av " + READER);
			flag.locator(".flag-reject").click();
			settle(page);
			assertThat(page.locator(".review-flags .flag")).hasCount(0);
		}
	}

}
