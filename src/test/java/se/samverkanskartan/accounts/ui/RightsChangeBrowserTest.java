package se.samverkanskartan.accounts.ui;

import java.util.regex.Pattern;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PageAssertions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.security.test.context.support.WithMockUser;

import se.samverkanskartan.BrowserTest;
import se.samverkanskartan.accounts.Accounts;
import se.samverkanskartan.accounts.Role;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * Rights take effect at once: an editor's page that is already open cannot save after an
 * admin took the right away, however the right went.
 */
@WithMockUser(username = "admin", roles = "ADMIN")
class RightsChangeBrowserTest extends BrowserTest {

	private static final String EDITOR = "redaktor-rattigheter";

	private static final String PASSWORD = "redaktorens-losenord";

	@Autowired
	Accounts accounts;

	@Autowired
	Neo4jClient neo4j;

	@AfterEach
	void removeTheEditor() {
		this.neo4j.query("MATCH (u:User {username: $name}) DETACH DELETE u").bind(EDITOR).to("name").run();
		this.neo4j.query("MATCH (t:Topic) WHERE t.slug STARTS WITH 'test' DETACH DELETE t").run();
		this.neo4j.query("MATCH (c:Change) DELETE c").run();
	}

	@Test
	void a_demoted_editors_open_page_is_refused_on_the_next_save() {
		assertRefusedAfter(() -> this.accounts.changeRole(EDITOR, Role.VIEWER), "demoted");
	}

	@Test
	void a_deactivated_editors_open_page_is_refused_on_the_next_save() {
		assertRefusedAfter(() -> this.accounts.setActive(EDITOR, false), "deactivated");
	}

	@Test
	void an_editor_whose_password_was_reset_is_refused_on_the_next_save() {
		assertRefusedAfter(() -> this.accounts.resetPassword(EDITOR, "ett-helt-nytt-losenord"), "reset");
	}

	private void assertRefusedAfter(Runnable takeTheRightAway, String what) {
		this.accounts.create(EDITOR, PASSWORD, Role.EDITOR);
		try (var context = loggedIn(new Browser.NewContextOptions().setViewportSize(1280, 800), EDITOR, PASSWORD)) {
			Page page = context.newPage();
			page.navigate(url("/omraden"));
			page.locator("vaadin-button.topic-new").click();
			Locator dialog = page.locator("vaadin-dialog.topic-dialog");
			Locator fields = dialog.locator("vaadin-text-field");
			fields.nth(1).locator("input").fill("Test " + what);
			fields.nth(2).locator("input").fill("Test " + what);
			fields.nth(3).locator("input").fill("#1e40af");

			takeTheRightAway.run();
			dialog.locator("vaadin-button.topic-save").click();

			assertThat(page).hasURL(Pattern.compile(".*/login.*"),
					new PageAssertions.HasURLOptions().setTimeout(15_000));
			org.assertj.core.api.Assertions
				.assertThat(this.neo4j.query("MATCH (t:Topic) WHERE t.slug STARTS WITH 'test' RETURN count(t)")
					.fetchAs(Long.class)
					.one())
				.as("topics saved after the right was taken away")
				.contains(0L);
		}
	}

}
