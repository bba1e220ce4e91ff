package se.samverkanskartan.editing.ui;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.neo4j.core.Neo4jClient;

import se.samverkanskartan.BrowserTest;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import se.samverkanskartan.network.NetworkChanged;

/** An editor logs in, edits a tie from its panel, and finds the change in the history. */
class TieEditBrowserTest extends BrowserTest {

	@Autowired
	Neo4jClient neo4j;

	@Autowired
	ApplicationEventPublisher events;

	private String tieId;

	@BeforeEach
	void createTie() {
		this.tieId = this.neo4j
			.query("""
					MATCH (a:Municipality {code: '0125'}), (b:Municipality {code: '0128'})
					CREATE (a)-[r:COOPERATES_WITH {id: randomUUID(), topic: 'krisberedskap', confidence: 'explicit', source: 'Testavtal',
					                               version: 1}]->(b)
					RETURN r.id AS id""")
			.fetchAs(String.class)
			.one()
			.orElseThrow();
		this.events.publishEvent(new NetworkChanged("test data"));
	}

	@AfterEach
	void removeTie() {
		this.neo4j.query("MATCH ()-[r:COOPERATES_WITH]->() WHERE r.source STARTS WITH 'Testavtal' DELETE r").run();
		this.neo4j.query("MATCH (c:Change) DELETE c").run();
		this.events.publishEvent(new NetworkChanged("test data"));
	}

	@Test
	void an_edited_tie_shows_its_change_in_the_history() {
		try (var context = loggedIn(new Browser.NewContextOptions().setViewportSize(1400, 900))) {
			Page page = context.newPage();
			page.navigate(
					url("/?tie=" + java.net.URLEncoder.encode(this.tieId, java.nio.charset.StandardCharsets.UTF_8)));
			page.locator("vaadin-button.tie-edit").click();
			page.locator("vaadin-dialog.tie-edit-dialog vaadin-date-picker input").last().fill("2020-01-01");
			page.locator("vaadin-dialog.tie-edit-dialog vaadin-date-picker input").first().fill("2021-01-01");
			page.locator("vaadin-dialog.tie-edit-dialog vaadin-button.edit-save").click();
			assertThat(page.locator("vaadin-dialog.tie-edit-dialog vaadin-date-picker").last()).hasAttribute("invalid",
					"");

			page.locator("vaadin-dialog.tie-edit-dialog vaadin-date-picker input").last().fill("");
			page.locator("vaadin-dialog.tie-edit-dialog vaadin-text-field input").first().fill("Testavtal 2026");
			page.locator("vaadin-dialog.tie-edit-dialog vaadin-button.edit-save").click();
			assertThat(page.locator(".tie-history")).containsText("ändrat");

			page.navigate(url("/historik"));
			assertThat(page.locator(".history")).containsText("Ekerö – Salem (Krisberedskap)");
			assertThat(page.locator(".history")).containsText("Testavtal → Testavtal 2026");
			page.screenshot(new Page.ScreenshotOptions()
				.setPath(java.nio.file.Path.of("target", "screenshots", "history.png")));
		}
	}

	private static com.microsoft.playwright.Locator visibleItem(Page page) {
		return page.locator("vaadin-combo-box-item")
			.filter(new com.microsoft.playwright.Locator.FilterOptions().setVisible(true))
			.first();
	}

	@Test
	void an_editor_starts_a_new_tie_from_an_organisation() {
		try (var context = loggedIn(new Browser.NewContextOptions().setViewportSize(1400, 900))) {
			Page page = context.newPage();
			page.navigate(url("/?selected=municipality:0125"));
			page.locator("vaadin-button.tie-new").click();
			page.locator("vaadin-dialog.tie-edit-dialog vaadin-button.edit-save").click();
			assertThat(page.locator("vaadin-dialog.tie-edit-dialog vaadin-combo-box").first()).hasAttribute("invalid",
					"");

			page.locator("vaadin-dialog.tie-edit-dialog vaadin-combo-box input").first().fill("Vallentuna");
			// Items of the explorer's search box stay in the page, hidden; wait for this
			// box's own
			visibleItem(page).waitFor();
			page.keyboard().press("Enter");
			page.locator("vaadin-dialog.tie-edit-dialog vaadin-combo-box input").nth(1).fill("Krisberedskap");
			visibleItem(page).waitFor();
			page.keyboard().press("Enter");
			page.locator("vaadin-dialog.tie-edit-dialog vaadin-text-field input").first().fill("Testavtal ny");
			page.locator("vaadin-dialog.tie-edit-dialog vaadin-button.edit-save").click();
			page.waitForCondition(() -> this.neo4j
				.query("""
						MATCH (:Municipality {code: '0125'})-[r:COOPERATES_WITH {topic: 'krisberedskap', source: 'Testavtal ny'}]
						      ->(:Municipality {code: '0115'}) RETURN count(r) AS n""")
				.fetchAs(Long.class)
				.one()
				.orElse(0L) == 1);
		}
	}

}
