package se.samverkanskartan.explorer.ui;

import java.util.Map;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.neo4j.core.Neo4jClient;

import se.samverkanskartan.BrowserTest;
import se.samverkanskartan.exchange.SavedView;
import se.samverkanskartan.exchange.SavedViews;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/** Saving a view in Chromium and opening it again gives the same picture. */
class SavedViewBrowserTest extends BrowserTest {

	private static final String POSITIONS = """
			() => { const out = {}; document.querySelector('network-graph').cytoscape.nodes()
			  .forEach(n => { out[n.id()] = [n.position().x, n.position().y]; }); return JSON.stringify(out); }""";

	@Autowired
	SavedViews savedViews;

	@Autowired
	Neo4jClient neo4j;

	@AfterEach
	void removeViews() {
		this.neo4j.query("MATCH (v:SavedView) DELETE v").run();
	}

	@Test
	void a_saved_view_has_its_own_address_and_reopens_with_the_same_positions() {
		try (var context = loggedIn(new Browser.NewContextOptions().setViewportSize(1400, 900))) {
			Page page = context.newPage();
			page.navigate(url("/?topic=valdsbejakande-extremism&clusters=on"));
			page.waitForSelector("network-graph[data-ready]", new Page.WaitForSelectorOptions().setTimeout(30_000));
			// Move one node, so that the saved picture differs from any fresh layout
			page.evaluate(
					"document.querySelector('network-graph').cytoscape.getElementById('municipality:0160').position({x: 900, y: -700})");
			String before = (String) page.evaluate(POSITIONS);

			page.locator("vaadin-button.save-view").click();
			page.locator("vaadin-dialog.save-view-dialog vaadin-button.saved-confirm").click();
			assertThat(page.locator("vaadin-text-field.saved-name")).hasAttribute("invalid", "");
			page.locator("vaadin-text-field.saved-name input").fill("Extremism, norra länet");
			page.locator("vaadin-dialog.save-view-dialog vaadin-button.saved-confirm").click();
			assertThat(page.locator("vaadin-notification-card").first()).containsText("Extremism, norra länet");

			SavedView saved = this.savedViews.list().getFirst();
			assertThat(saved.query()).contains("topic=valdsbejakande-extremism").contains("clusters=on");
			Page again = context.newPage();
			again.navigate(url("/vy/" + saved.id()));
			again.waitForSelector("network-graph[data-ready]", new Page.WaitForSelectorOptions().setTimeout(30_000));
			assertThat(again.url()).contains("saved=" + saved.id());
			var json = tools.jackson.databind.json.JsonMapper.builder().build();
			var type = new tools.jackson.core.type.TypeReference<Map<String, double[]>>() {
			};
			Map<String, double[]> expected = json.readValue(before, type);
			Map<String, double[]> actual = json.readValue((String) again.evaluate(POSITIONS), type);
			assertThat(actual.keySet()).isEqualTo(expected.keySet());
			expected.forEach((id, at) -> {
				assertThat(actual.get(id)).as(id).containsExactly(at, org.assertj.core.data.Offset.offset(0.5));
			});

			again.navigate(url("/vyer"));
			assertThat(again.locator(".saved-views")).containsText("Extremism, norra länet");
			again.locator("vaadin-button.saved-delete").first().click();
			again.getByRole(com.microsoft.playwright.options.AriaRole.ALERTDIALOG)
				.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
						new com.microsoft.playwright.Locator.GetByRoleOptions().setName("Ta bort"))
				.click();
			// The grid keeps emptied rows in its DOM, so ask the store
			again.waitForCondition(() -> this.savedViews.list().isEmpty());
		}
	}

}
