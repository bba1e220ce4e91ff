package se.samverkanskartan.survey.ui;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.security.test.context.support.WithMockUser;

import se.samverkanskartan.BrowserTest;
import se.samverkanskartan.survey.RespondentLinks;
import se.samverkanskartan.survey.RoundDraft;
import se.samverkanskartan.survey.SurveyAnswers;
import se.samverkanskartan.survey.SurveyData;
import se.samverkanskartan.survey.SurveyRounds;

import static org.assertj.core.api.Assertions.assertThat;
import static se.samverkanskartan.survey.ui.SurveyPages.settle;

/**
 * The status table as an editor reads it on a laptop and a narrow window: every column's
 * text whole, and each respondent's link buttons in view.
 */
@WithMockUser(roles = "EDITOR")
class RoundStatusBrowserTest extends BrowserTest {

	@Autowired
	SurveyRounds rounds;

	@Autowired
	RespondentLinks links;

	@Autowired
	SurveyAnswers answers;

	@Autowired
	Neo4jClient neo4j;

	private String round;

	@BeforeEach
	void aRoundWithOneSubmittedOneOpenedAndOneInvited() {
		LocalDate today = LocalDate.now(ZoneId.of("Europe/Stockholm"));
		this.round = this.rounds.create(new RoundDraft("Trygghetskartläggning 2027", today.minusDays(1),
				today.plusDays(30), "", List.of("municipality:0114", "municipality:0180", "municipality:0181"), null));
		var submitted = this.links
			.open(this.links.invite(this.round, "municipality:0114", "Anna-Karin Lindqvist Andersson",
					"anna-karin.lindqvist-andersson@upplandsvasby.se", "Trygghetssamordnare")
				.token(), today)
			.orElseThrow();
		this.answers.submit(submitted, this.answers.save(submitted, Map.of("q1", "ja"), List.of(), 0));
		this.links.open(this.links.invite(this.round, "municipality:0180", "Bo Ek", "bo.ek@stockholm.se", "").token(),
				today);
		this.links.invite(this.round, "municipality:0181", "Cecilia Berg", "cecilia.berg@sodertalje.se", "");
	}

	@AfterEach
	void cleanUp() {
		SurveyData.clear(this.neo4j);
	}

	@ParameterizedTest(name = "{0} px wide")
	@ValueSource(ints = { 1440, 1280 })
	void on_a_laptop_every_column_shows_its_text_whole_and_the_link_buttons_are_in_view(int width) {
		try (var editor = loggedIn(new Browser.NewContextOptions().setViewportSize(width, 900))) {
			Page page = open(editor.newPage());
			List<String> clipped = clippedCells(page);
			assertThat(clipped).as("cells whose text is cut at %d px", width).isEmpty();
			assertInView(page, page.locator(".respondent-revoke").first(), width);
			assertInView(page, page.locator(".respondent-reissue").first(), width);
		}
	}

	@ParameterizedTest(name = "{0} px wide")
	@ValueSource(ints = { 800 })
	void in_a_narrow_window_the_organisation_and_the_link_buttons_stay_in_view_while_the_rest_scrolls(int width) {
		try (var editor = loggedIn(new Browser.NewContextOptions().setViewportSize(width, 900))) {
			Page page = open(editor.newPage());
			assertInView(page,
					page.locator("vaadin-grid-cell-content")
						.filter(new Locator.FilterOptions().setHasText("Upplands Väsby"))
						.first(),
					width);
			assertInView(page, page.locator(".respondent-revoke").first(), width);
		}
	}

	private Page open(Page page) {
		page.navigate(url("/kartlaggning?omgang=" + this.round));
		page.locator(".round-respondents vaadin-grid-cell-content")
			.filter(new Locator.FilterOptions().setHasText("Inskickad"))
			.first()
			.waitFor();
		settle(page);
		return page;
	}

	/** The texts of the grid's cells that are wider than their cell (drawn cut). */
	@SuppressWarnings("unchecked")
	private static List<String> clippedCells(Page page) {
		return (List<String>) page.evaluate("""
				() => [...document.querySelectorAll('.round-respondents vaadin-grid-cell-content')]
				  .filter(cell => cell.textContent.trim() && cell.scrollWidth > cell.clientWidth + 1)
				  .map(cell => cell.textContent.trim())""");
	}

	/** Drawn whole inside the table's visible part and the window. */
	private static void assertInView(Page page, Locator element, int width) {
		var box = element.boundingBox();
		var grid = page.locator(".round-respondents").boundingBox();
		assertThat(box).as("%s is drawn", element).isNotNull();
		assertThat(box.x).as("left edge of %s", element).isGreaterThanOrEqualTo(Math.max(0, grid.x));
		assertThat(box.x + box.width).as("right edge of %s at %d px", element, width)
			.isLessThanOrEqualTo(Math.min(width, grid.x + grid.width));
	}

}
