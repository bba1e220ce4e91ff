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
import se.samverkanskartan.survey.SurveyData;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static se.samverkanskartan.survey.ui.SurveyPages.createRound;
import static se.samverkanskartan.survey.ui.SurveyPages.pick;
import static se.samverkanskartan.survey.ui.SurveyPages.settle;

/**
 * An editor creates a round in the page for three municipalities, makes a personal link,
 * a respondent submits through it in another browser, and the status shows it.
 */
class RoundsBrowserTest extends BrowserTest {

	@Autowired
	Neo4jClient neo4j;

	@AfterEach
	void cleanUp() {
		SurveyData.clear(this.neo4j);
	}

	@Test
	void an_editor_creates_a_round_makes_a_link_and_sees_the_answer_arrive() {
		try (var editor = loggedIn(new Browser.NewContextOptions().setViewportSize(1440, 900))) {
			Page page = editor.newPage();
			page.navigate(url("/kartlaggning"));
			page.getByText("Ny kartläggningsomgång").click();
			page.locator(".round-create").click();
			assertThat(page.locator(".round-form vaadin-text-field")).containsText("Ge omgången ett namn");

			createRound(page, "Trygghetskartläggning 2027", List.of("Haninge", "Botkyrka", "Tyresö"));
			assertThat(page.locator(".round-rate")).hasText("0 av 3 organisationer har skickat in svar.");
			assertThat(page.locator(".round-form")).isHidden();
			assertThat(page.locator(".round-select")).containsText("Trygghetskartläggning 2027");

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
			assertThat(page.locator(".round-without-respondents")).hasText("Utan svarande (2): Botkyrka, Tyresö");
			org.assertj.core.api.Assertions.assertThat(page.locator(".round-respondents").boundingBox().height)
				.as("a list of one respondent keeps to its row")
				.isLessThan(200);

			try (var respondent = browser.newContext(new Browser.NewContextOptions().setLocale("sv-SE"))) {
				Page form = respondent.newPage();
				form.navigate(link);
				assertThat(form.locator(".respondent-view")).containsText("Svar för Haninge, lämnas av Anna Andersson");
				form.locator("fieldset[data-question='q17'] label")
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
			assertThat(page.locator(".round-no-mail")).containsText("Ingen e-postserver");
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

	@Test
	void an_editor_rewords_reorders_and_adds_questions_until_the_first_answer_then_the_wording_is_locked() {
		try (var editor = loggedIn(new Browser.NewContextOptions().setViewportSize(1280, 900))) {
			Page page = editor.newPage();
			page.navigate(url("/kartlaggning"));
			page.getByText("Ny kartläggningsomgång").click();
			createRound(page, "Trygghetskartläggning 2027", List.of("Haninge"));
			pick(page, "respondent-organisation", "Haninge");
			page.locator(".respondent-name input").fill("Anna Andersson");
			page.locator(".respondent-email input").fill("anna@haninge.se");
			page.locator(".respondent-add").click();
			settle(page);
			String link = page.locator(".issued-link input").inputValue();

			page.locator(".round-questions vaadin-details-summary").click();
			Locator q2 = page.locator(".question-row[data-question='q2']");
			q2.locator("vaadin-text-area textarea").fill("Nämns trygghet i översiktsplanen?");
			q2.locator("vaadin-button[aria-label='Flytta upp']").click();
			settle(page);
			Locator firstPart = page.locator(".questionnaire-part").first();
			firstPart.locator(".question-add").click();
			settle(page);
			firstPart.locator(".question-row")
				.last()
				.locator("vaadin-text-area textarea")
				.fill("Har ni ett trygghetsråd?");
			page.locator(".questions-save").click();
			settle(page);
			assertThat(page.locator(".questionnaire-state")).hasText("Frågorna sparades.");

			try (var respondent = browser.newContext()) {
				Page form = respondent.newPage();
				form.navigate(link);
				Locator labels = form.locator(
						".answer-form fieldset[data-question], .answer-form .native-text-area[data-question]:not([data-question$='followUp'])");
				assertThat(labels.first()).containsText("1. Nämns trygghet i översiktsplanen?");
				assertThat(form.locator(".answer-form")).containsText("Har ni ett trygghetsråd?");
				form.locator("fieldset[data-question='q2'] label")
					.filter(new Locator.FilterOptions().setHasText("Ja"))
					.click();
				assertThat(form.locator(".save-state")).hasText("Sparat.");
			}

			page.reload();
			settle(page);
			page.locator(".round-questions vaadin-details-summary").click();
			assertThat(page.locator(".questionnaire-editor")).containsText("Svar har kommit in");
			assertThat(page.locator(".question-row[data-question='q2'] vaadin-text-area")).hasAttribute("readonly", "");
			assertThat(page.locator(".question-row[data-question='q2'] .question-remove")).isDisabled();

			// The round shown is in the address, also on a fresh load
			page.navigate(url("/kartlaggning"));
			settle(page);
			assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/kartlaggning\\?omgang=[0-9a-f-]{36}$"));
			page.locator(".round-mail-templates vaadin-details-summary").click();
			Locator invitation = page.locator(".mail-template[data-kind='invitation']");
			assertThat(invitation.locator("vaadin-text-field input")).hasValue("Inbjudan: {omgång}");
			invitation.locator("vaadin-text-area textarea").fill("Hej {namn}, svara gärna.");
			invitation.locator(".mail-template-save").click();
			settle(page);
			assertThat(invitation.locator("vaadin-text-area")).containsText("måste innehålla {länk}");
			invitation.locator("vaadin-text-area textarea").fill("Hej {namn}, svara här: {länk}");
			invitation.locator(".mail-template-save").click();
			settle(page);
			assertThat(invitation.locator(".mail-template-state")).hasText("Sparat. Nästa utskick använder texten.");
			page.reload();
			settle(page);
			page.locator(".round-mail-templates vaadin-details-summary").click();
			assertThat(page.locator(".mail-template[data-kind='invitation'] vaadin-text-area textarea"))
				.hasValue("Hej {namn}, svara här: {länk}");
		}
	}

}
