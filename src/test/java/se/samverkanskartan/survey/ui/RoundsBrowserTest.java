package se.samverkanskartan.survey.ui;

import java.util.List;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.neo4j.core.Neo4jClient;

import se.samverkanskartan.BrowserTest;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * An editor creates a round in the page for three municipalities, makes a personal link,
 * a respondent submits through it in another browser, and the status shows it.
 */
class RoundsBrowserTest extends BrowserTest {

	@Autowired
	Neo4jClient neo4j;

	@AfterEach
	void cleanUp() {
		this.neo4j
			.query("MATCH (n) WHERE n:SurveyRound OR n:Respondent OR n:SurveyAnswer OR n:Submission DETACH DELETE n")
			.run();
	}

	private static void settle(Page page) {
		page.waitForFunction("() => Object.values(window.Vaadin.Flow.clients).every(c => !c.isActive())");
	}

	private static void pick(Page page, String comboClass, String item) {
		Locator input = page.locator("." + comboClass + " input");
		input.click();
		input.fill(item);
		Locator option = page.locator("vaadin-multi-select-combo-box-item, vaadin-combo-box-item")
			.filter(new Locator.FilterOptions().setHasText(item))
			.first();
		option.waitFor();
		option.click();
		input.press("Escape");
		settle(page);
	}

	@Test
	void an_editor_creates_a_round_makes_a_link_and_sees_the_answer_arrive() {
		try (var editor = loggedIn(new Browser.NewContextOptions().setViewportSize(1440, 900))) {
			Page page = editor.newPage();
			page.navigate(url("/kartlaggning"));
			page.getByText("Ny kartläggningsomgång").click();
			page.locator(".round-create").click();
			assertThat(page.locator(".round-form vaadin-text-field")).containsText("Ge omgången ett namn");

			page.locator(".round-form vaadin-text-field input").fill("Trygghetskartläggning 2027");
			page.locator("vaadin-multi-select-combo-box.round-organisations [part~='clear-button']").click();
			for (String municipality : List.of("Haninge", "Botkyrka", "Tyresö")) {
				pick(page, "round-organisations", municipality);
			}
			page.locator(".round-create").click();
			settle(page);
			assertThat(page.locator(".round-rate")).hasText("0 av 3 organisationer har skickat in svar.");

			pick(page, "respondent-organisation", "Haninge");
			page.locator(".respondent-name input").fill("Anna Andersson");
			page.locator(".respondent-email input").fill("anna@haninge");
			page.locator(".respondent-add").click();
			assertThat(page.locator(".respondent-email")).containsText("giltig e-postadress");
			page.locator(".respondent-email input").fill("anna@haninge.se");
			page.locator(".respondent-add").click();
			settle(page);
			String link = page.locator(".issued-link input").inputValue();
			assertThat(page.locator(".round-respondents")).containsText("Inbjuden");

			try (var respondent = browser.newContext(new Browser.NewContextOptions().setLocale("sv-SE"))) {
				Page form = respondent.newPage();
				form.navigate(link);
				assertThat(form.locator(".respondent-view")).containsText("Svar för Haninge, lämnas av Anna Andersson");
				form.locator("vaadin-radio-group[data-question='q17'] vaadin-radio-button")
					.filter(new Locator.FilterOptions().setHasText("Ja"))
					.click();
				assertThat(form.locator(".save-state")).hasText("Sparat.");
				form.locator("vaadin-button.respond-submit").click();
				assertThat(form.locator(".receipt")).containsText("Tack!");
			}

			page.reload();
			settle(page);
			assertThat(page.locator(".round-rate")).hasText("1 av 3 organisationer har skickat in svar.");
			assertThat(page.locator(".round-respondents")).containsText("Inskickad");
			assertThat(page.locator(".round-respondents"))
				.containsText(java.time.LocalDate.now(java.time.ZoneId.of("Europe/Stockholm")).toString());
			// No mail server in this test: the reminder button says why it cannot be used
			assertThat(page.locator(".round-downloads")).containsText("Ingen e-postserver");
			assertThat(page.locator("a.download-xlsx")).hasText("Status som XLSX");

			page.locator(".respondent-reissue").first().click();
			settle(page);
			String reissued = page.locator(".reissued-link input").inputValue();
			org.assertj.core.api.Assertions.assertThat(reissued).isNotEqualTo(link).contains("/svar/skr_");
			try (var respondent = browser.newContext(new Browser.NewContextOptions().setLocale("sv-SE"))) {
				Page form = respondent.newPage();
				form.navigate(link);
				assertThat(form.locator("h1")).hasText("Länken gäller inte");
				form.navigate(reissued);
				assertThat(form.locator(".respondent-view")).containsText("Svar för Haninge");
			}
			page.locator(".respondent-revoke").first().click();
			settle(page);
			assertThat(page.locator(".round-respondents")).containsText("Återkallad");
			assertThat(page.locator(".round-message")).containsText("gäller inte längre");
		}
	}

}
