package se.samverkanskartan.explorer.ui;

import java.util.List;
import java.util.Map;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;

import se.samverkanskartan.BrowserTest;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The geographic layout as a person uses it: chosen inside the page, shaded with the
 * tick, filtered, left again; each state compared with a fresh load of its address.
 */
class ExplorerMapBrowserTest extends BrowserTest {

	private static final String SOURCE = "Kommungränser: SCB, Digitala gränser (CC BY 4.0)";

	/** The municipalities drawn on the map with their shading. */
	private static final String AREAS = "() => document.querySelector('network-graph').mapAreas()";

	/** Municipality nodes whose place is not inside their own borders on the map. */
	private static final String OUTSIDE_THEIR_BORDERS = """
			() => {
			  const cy = document.querySelector('network-graph').cytoscape;
			  return cy.nodes('[kind = "municipality"]').filter(n => {
			    const path = document.querySelector(`svg.county-map path[data-code="${n.id().split(':')[1]}"]`);
			    if (!path) return false;
			    const p = n.position();
			    return !path.isPointInFill(new DOMPoint(p.x, p.y));
			  }).map(n => n.data('label'));
			}""";

	/** Ties drawn as arcs, and all ties. */
	private static final String ARCS = """
			() => { const cy = document.querySelector('network-graph').cytoscape;
			        return [cy.edges('.arc').length, cy.edges().length]; }""";

	@Test
	void choosing_the_map_inside_the_page_draws_the_county_and_the_tick_shades_it_by_partners() {
		try (var context = loggedIn(new Browser.NewContextOptions().setViewportSize(1440, 900))) {
			ExplorerPage explorer = new ExplorerPage(context.newPage()).open(url("/"));
			Page page = explorer.page;
			assertThat(areas(page)).isEmpty();
			assertThat(page.locator("vaadin-checkbox.shade-toggle")).isHidden();

			explorer.choose("layout-select", "Geografisk");

			assertThat(explorer.url()).contains("layout=geographic");
			List<Map<String, String>> plain = areas(page);
			assertThat(plain).hasSize(26).allSatisfy(area -> assertThat(area.get("fill")).isEqualTo("#f8fafc"));
			assertThat(page.locator("network-graph .map-attribution")).hasText(SOURCE);
			assertThat(page.evaluate(OUTSIDE_THEIR_BORDERS)).asList().isEmpty();
			List<?> arcs = (List<?>) page.evaluate(ARCS);
			assertThat(((Number) arcs.get(0)).intValue()).as("ties drawn as arcs")
				.isEqualTo(arcs.get(1))
				.isNotEqualTo(0);

			explorer.tick("shade-toggle");

			assertThat(explorer.url()).contains("shade=on");
			List<Map<String, String>> shaded = areas(page);
			assertThat(shaded.stream().map(area -> area.get("fill")).distinct().count()).isGreaterThan(2);
			assertThat(page.locator(".graph-legend")).containsText("Kommunens samverkansparter");
			assertThat(areas(freshPage(context, explorer.url()))).isEqualTo(shaded);

			explorer.toggleInFilter("filter-topic", "Våldsbejakande extremism");

			List<Map<String, String>> onTopic = areas(page);
			assertThat(onTopic).isNotEqualTo(shaded);
			assertThat(areas(freshPage(context, explorer.url()))).isEqualTo(onTopic);
			assertThat(explorer.drawn().content()).isEqualTo(freshDrawn(context, explorer.url()));

			explorer.choose("layout-select", "Kraftbaserad");

			assertThat(areas(page)).isEmpty();
			assertThat(page.locator("network-graph .map-attribution")).isHidden();
			assertThat(((Number) ((List<?>) page.evaluate(ARCS)).get(0)).intValue()).isZero();
		}
	}

	@SuppressWarnings("unchecked")
	private static List<Map<String, String>> areas(Page page) {
		return (List<Map<String, String>>) page.evaluate(AREAS);
	}

	private Page freshPage(BrowserContext context, String address) {
		return new ExplorerPage(context.newPage()).open(address).page;
	}

	private ExplorerPage.Drawn freshDrawn(BrowserContext context, String address) {
		Page fresh = context.newPage();
		try {
			return new ExplorerPage(fresh).open(address).drawn().content();
		}
		finally {
			fresh.close();
		}
	}

}
