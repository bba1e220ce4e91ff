package se.samverkanskartan.review.ui;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.security.test.context.support.WithMockUser;

import se.samverkanskartan.BrowserTest;
import se.samverkanskartan.review.ReviewFixture;
import se.samverkanskartan.survey.RespondentLinks;
import se.samverkanskartan.survey.SurveyAnswers;
import se.samverkanskartan.survey.SurveyRounds;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static se.samverkanskartan.survey.ui.SurveyPages.pick;
import static se.samverkanskartan.survey.ui.SurveyPages.settle;

/**
 * An editor reviews a round's answers in Chromium: accepts a new tie, rejects a need,
 * adds a missing partner as a new organisation, and finds the same on a fresh load; the
 * contradictory pair is listed, and the tie is in the explorer.
 */
class ReviewBrowserTest extends BrowserTest {

	@Autowired
	SurveyRounds rounds;

	@Autowired
	RespondentLinks links;

	@Autowired
	SurveyAnswers answers;

	@Autowired
	Neo4jClient neo4j;

	@Autowired
	ApplicationEventPublisher events;

	@AfterEach
	void cleanUp() {
		ReviewFixture.clear(this.neo4j, this.events);
	}

	private static Locator proposal(Locator organisation, String kind, String text) {
		return organisation.locator(".proposal[data-kind='" + kind + "']")
			.filter(new Locator.FilterOptions().setHasText(text));
	}

	@Test
	@WithMockUser(username = "redaktor", roles = "EDITOR")
	void the_explorer_draws_both_sides_view_of_the_latest_round_and_names_it_in_the_legend()
			throws java.io.IOException {
		ReviewFixture.answeredRound(this.rounds, this.links, this.answers);
		try (var reader = loggedIn(
				new Browser.NewContextOptions().setViewportSize(1440, 900).setAcceptDownloads(true))) {
			Page page = reader.newPage();
			page.navigate(url("/"));
			page.waitForSelector("network-graph[data-ready]", new Page.WaitForSelectorOptions().setTimeout(30_000));
			// Haninge and Botkyrka name each other; Huddinge names Haninge, whose answer
			// says it has ended
			assertThat(page.locator(".graph-legend")).containsText("Motstridig");
			@SuppressWarnings("unchecked")
			var states = (java.util.Map<String, Object>) page.evaluate(
					"""
							() => {
							  const cy = document.querySelector('network-graph').cytoscape;
							  const pair = (a, b) => cy.edges().filter(e => [e.source().data('label'), e.target().data('label')].sort().join() === [a, b].sort().join()
							    && e.data('kind') === 'COOPERATES_WITH');
							  const first = (edges) => edges.length ? { state: edges[0].data('confirmation'), style: edges[0].style('line-style') } : null;
							  return { botkyrka: first(pair('Haninge', 'Botkyrka')), huddinge: first(pair('Haninge', 'Huddinge')),
							           other: first(pair('Täby', 'Danderyd')) };
							}""");
			org.assertj.core.api.Assertions.assertThat(states.get("botkyrka"))
				.isEqualTo(java.util.Map.of("state", "both", "style", "solid"));
			org.assertj.core.api.Assertions.assertThat(states.get("huddinge"))
				.isEqualTo(java.util.Map.of("state", "contradictory", "style", "dashed"));
			String tieId = (String) page.evaluate("() => document.querySelector('network-graph').cytoscape.edges()"
					+ ".filter(e => [e.source().data('label'), e.target().data('label')].sort().join() === 'Botkyrka,Haninge'"
					+ " && e.data('kind') === 'COOPERATES_WITH')[0].id()");
			// A picture of the view carries it: the contradictory tie red and dashed, as
			// its legend entry
			page.locator("vaadin-button.export-open").click();
			var svg = page.waitForDownload(() -> page.locator("a.export-svg").click());
			page.keyboard().press("Escape");
			String picture = new String(java.nio.file.Files.readAllBytes(svg.path()),
					java.nio.charset.StandardCharsets.UTF_8);
			org.assertj.core.api.Assertions
				.assertThat(java.util.regex.Pattern.compile("stroke=\"#dc2626\"[^>]*stroke-dasharray")
					.matcher(picture)
					.results()
					.count())
				.as("red dashed lines: the legend's and the tie's")
				.isGreaterThanOrEqualTo(2);

			// Only the contradictory ones, chosen in the page, as a fresh load of the
			// address shows them
			String cooperation = "() => document.querySelector('network-graph').cytoscape.edges('[kind = \"COOPERATES_WITH\"]')"
					+ ".map(e => [e.source().data('label'), e.target().data('label')].sort().join()).sort().join(';')";
			page.locator(".sides-filter").click();
			page.locator("vaadin-select-item").filter(new Locator.FilterOptions().setHasText("Motstridig")).click();
			assertThat(page).hasURL(java.util.regex.Pattern.compile(".*sides=contradictory.*"));
			page.waitForFunction(
					"() => document.querySelector('network-graph').cytoscape.edges('[kind = \"COOPERATES_WITH\"]')"
							+ ".every(e => e.data('confirmation') === 'contradictory')");
			String contradictory = (String) page.evaluate(cooperation);
			org.assertj.core.api.Assertions.assertThat(contradictory).isNotEmpty().doesNotContain("Botkyrka");
			org.assertj.core.api.Assertions.assertThat(contradictory.split(";"))
				.allMatch(pair -> pair.equals("Haninge,Huddinge"));
			page.reload();
			page.waitForSelector("network-graph[data-ready]", new Page.WaitForSelectorOptions().setTimeout(30_000));
			page.waitForFunction("() => document.querySelector('network-graph').cytoscape.edges().length > 0");
			org.assertj.core.api.Assertions.assertThat(page.evaluate(cooperation)).isEqualTo(contradictory);

			// The tie's panel says it too, opened from the address as a shared link would
			page.navigate(url("/?tie=" + tieId));
			assertThat(page.locator(".tie-confirmation")).hasText("Senaste kartläggningen: Bekräftad av båda");
			org.assertj.core.api.Assertions.assertThat(states.get("other"))
				.as("a pair no answer names: as the sources have it")
				.satisfies(other -> {
					if (other != null) {
						org.assertj.core.api.Assertions.assertThat(((java.util.Map<?, ?>) other).get("style"))
							.isEqualTo("solid");
					}
				});
		}
	}

	@Test
	@WithMockUser(username = "redaktor", roles = "EDITOR")
	void an_editor_accepts_rejects_and_adds_proposals_and_finds_them_decided_on_a_fresh_load() {
		String round = ReviewFixture.answeredRound(this.rounds, this.links, this.answers);
		try (var editor = loggedIn(new Browser.NewContextOptions().setViewportSize(1280, 900))) {
			Page page = editor.newPage();
			page.navigate(url("/"));
			page.locator(".more-menu").getByText("Mer").click();
			page.locator("vaadin-menu-bar-item").filter(new Locator.FilterOptions().setHasText("Granskning")).click();
			assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/granskning\\?omgang=" + round));
			assertThat(page.locator(".review-summary"))
				.hasText("3 av 4 organisationer har skickat in svar. Att granska: "
						+ page.locator(".proposal .proposal-accept, .proposal .proposal-add-new").count()
						+ " förslag.");
			assertThat(page.locator(".review-contradictions")).containsText("Haninge");
			assertThat(page.locator(".review-contradictions")).containsText("Huddinge");

			Locator haninge = page.locator(".organisation-review[data-organisation='municipality:0136']");
			Locator added = proposal(haninge, "NEW_TIE", "Södertälje");
			assertThat(added).containsText("Krisberedskap");
			assertThat(added.locator(".proposal-details")).containsText("Varje månad");
			assertThat(added.locator(".proposal-confirmation")).hasText("Uppgiven av en part");
			assertThat(proposal(haninge, "CONFIRMED", "Botkyrka").locator(".proposal-confirmation"))
				.hasText("Bekräftad av båda");
			added.locator(".proposal-accept").click();
			settle(page);
			assertThat(proposal(haninge, "NEW_TIE", "Södertälje").locator(".proposal-decision"))
				.hasText("Godtaget av " + se.samverkanskartan.TestNeo4j.ADMIN);

			proposal(haninge, "NEED", "").locator(".proposal-reject").click();
			settle(page);
			assertThat(proposal(haninge, "NEED", "").locator(".proposal-decision")).containsText("Avvisat");

			Locator missing = proposal(haninge, "NEW_ORGANISATION", "Föreningen Trygg Haninge");
			missing.locator(".proposal-merge").click();
			assertThat(missing.locator(".proposal-same-as")).containsText("Välj först vilken organisation det är.");
			// Haninge itself is not offered: it is the one answering
			missing.locator(".proposal-same-as input").click();
			assertThat(page.locator("vaadin-combo-box-item:visible")).hasCount(0);
			missing.locator(".proposal-same-as input").press("Escape");
			missing.locator(".proposal-add-new").click();
			settle(page);
			assertThat(proposal(haninge, "NEW_ORGANISATION", "Föreningen Trygg Haninge").locator(".proposal-decision"))
				.containsText("Godtaget");

			// A fresh load shows the same decisions, and what they changed
			page.navigate(url("/granskning?omgang=" + round));
			assertThat(page.locator(".review-network"))
				.containsText("Godtaget hittills: 2 nya samband, 0 som har upphört");
			assertThat(proposal(page.locator(".organisation-review[data-organisation='municipality:0136']"), "NEW_TIE",
					"Södertälje")
				.locator(".proposal-decision")).hasText("Godtaget av " + se.samverkanskartan.TestNeo4j.ADMIN);
			assertThat(proposal(page.locator(".organisation-review[data-organisation='municipality:0136']"), "NEED", "")
				.locator(".proposal-decision")).containsText("Avvisat");

			// The accepted tie is in the network, with the round as its source
			page.navigate(url("/?topic=krisberedskap"));
			page.waitForFunction("() => document.querySelector('network-graph')?.cytoscape?.edges()"
					+ ".some(e => [e.source().data('label'), e.target().data('label')].sort().join() === 'Haninge,Södertälje')");
		}
	}

}
