package se.samverkanskartan.explorer.ui;

import java.nio.file.Path;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.neo4j.core.Neo4jClient;

import se.samverkanskartan.BrowserTest;

import static org.assertj.core.api.Assertions.assertThat;

import se.samverkanskartan.network.NetworkChanged;

/**
 * Comparing two days in the explorer: a tie begun in between is green, one ended in
 * between red; the legend says so.
 */
class NetworkOverTimeBrowserTest extends BrowserTest {

	@Autowired
	Neo4jClient neo4j;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	se.samverkanskartan.network.NetworkService network;

	@BeforeEach
	void datedTies() {
		this.neo4j
			.query("""
					MATCH (a:Municipality {code: '0125'}), (b:Municipality {code: '0128'}), (c:Municipality {code: '0138'})
					CREATE (a)-[:COOPERATES_WITH {id: randomUUID(), topic: 'krisberedskap', confidence: 'explicit', source: 'Testtid',
					                             since: date('2022-03-01')}]->(b)
					CREATE (a)-[:COOPERATES_WITH {id: randomUUID(), topic: 'krisberedskap', confidence: 'explicit', source: 'Testtid',
					                             since: date('2018-01-01'), until: date('2021-06-30')}]->(c)""")
			.run();
		this.events.publishEvent(new NetworkChanged("test data"));
	}

	@AfterEach
	void removeTies() {
		this.neo4j.query("MATCH ()-[r:COOPERATES_WITH {source: 'Testtid'}]->() DELETE r").run();
		this.events.publishEvent(new NetworkChanged("test data"));
	}

	@Test
	void comparing_two_days_marks_ties_added_and_ended_in_between() {
		try (var context = loggedIn(new Browser.NewContextOptions().setViewportSize(1400, 900))) {
			Page page = context.newPage();
			page.navigate(url("/?kind=municipality&topic=krisberedskap&compare=2020-01-01&asOf=2023-01-01"));
			page.waitForSelector("network-graph[data-ready]", new Page.WaitForSelectorOptions().setTimeout(30_000));

			Object added = page.evaluate("""
					document.querySelector('network-graph').cytoscape.edges('[change = "added"]')
					  .map(e => [e.source().data('label'), e.target().data('label')].join('–'))""");
			Object ended = page.evaluate("""
					document.querySelector('network-graph').cytoscape.edges('[change = "ended"]')
					  .map(e => [e.source().data('label'), e.target().data('label')].join('–'))""");
			assertThat((java.util.List<Object>) added).contains("Ekerö–Salem");
			assertThat((java.util.List<Object>) ended).contains("Ekerö–Tyresö");
			assertThat(page.locator(".graph-legend").textContent()).contains("Tillkommit", "Upphört");
			assertThat(page.locator(".graph-summary").textContent()).contains("1 tillkomna och 1 upphörda samband");
			// Drawn in black, which no topic uses: green and red read as topics
			java.util.List<Object> changed = (java.util.List<Object>) page.evaluate(
					"document.querySelector('network-graph').cytoscape.edges('[change]').map(e => e.style('line-color'))");
			assertThat(changed).isNotEmpty().containsOnly("rgb(0,0,0)");
			assertThat(this.network.topics()).extracting(se.samverkanskartan.network.Topic::color)
				.doesNotContain(GraphLegend.COMPARE_ADDED, GraphLegend.COMPARE_ENDED);
			assertThat(page.locator("vaadin-date-picker.compare input").inputValue()).isNotEmpty();
			page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target", "screenshots", "compare.png")));

			// A compare day after the shown day is refused with a message, and nothing is
			// marked
			page.navigate(url("/?kind=municipality&compare=2024-01-01&asOf=2023-01-01"));
			page.waitForSelector("network-graph[data-ready]", new Page.WaitForSelectorOptions().setTimeout(30_000));
			com.microsoft.playwright.assertions.PlaywrightAssertions
				.assertThat(page.locator("vaadin-notification-card"))
				.containsText("Jämförelsedagen");
			assertThat(((Number) page
				.evaluate("document.querySelector('network-graph').cytoscape.edges('[change = \"added\"]').length"))
				.intValue()).isZero();
		}
	}

}
