package se.samverkanskartan.survey.ui;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.security.test.context.support.WithMockUser;

import se.samverkanskartan.BrowserTest;
import se.samverkanskartan.survey.IssuedLink;
import se.samverkanskartan.survey.RespondentLinks;
import se.samverkanskartan.survey.RoundDraft;
import se.samverkanskartan.survey.SurveyAnswers;
import se.samverkanskartan.survey.SurveyRounds;
import se.samverkanskartan.survey.SurveyData;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static se.samverkanskartan.survey.ui.SurveyPages.card;
import static se.samverkanskartan.survey.ui.SurveyPages.choose;
import static se.samverkanskartan.survey.ui.SurveyPages.settle;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A respondent answers through a personal link in Chromium, without an account, as a
 * person would: choosing, typing, leaving, coming back, submitting.
 */
@WithMockUser(roles = "EDITOR")
class RespondentBrowserTest extends BrowserTest {

	@Autowired
	SurveyRounds rounds;

	@Autowired
	RespondentLinks links;

	@Autowired
	SurveyAnswers answers;

	@Autowired
	Neo4jClient neo4j;

	@AfterEach
	void cleanUp() {
		SurveyData.clear(this.neo4j);
	}

	private String round() {
		LocalDate today = LocalDate.now(ZoneId.of("Europe/Stockholm"));
		return this.rounds.create(new RoundDraft("Trygghetskartläggning 2027", today.minusDays(1), today.plusDays(30),
				"Svara gärna före månadens slut.", List.of("municipality:0136", "municipality:0127"), null));
	}

	@Test
	void a_respondent_answers_leaves_comes_back_to_the_draft_and_submits_without_logging_in() {
		String round = round();
		IssuedLink haninge = this.links.invite(round, "municipality:0136", "Anna Andersson", "anna@haninge.se", "");
		IssuedLink botkyrka = this.links.invite(round, "municipality:0127", "Bo", "bo@botkyrka.se", "");
		this.answers.save(this.links.open(botkyrka.token(), LocalDate.now(ZoneId.of("Europe/Stockholm"))).orElseThrow(),
				Map.of("q9", "Botkyrkas eget svar"), List.of(), 0);

		try (var first = browser.newContext(new Browser.NewContextOptions().setViewportSize(390, 800))) {
			Page page = first.newPage();
			page.navigate(url(haninge.path()));
			assertThat(page.locator("h1")).hasText("Trygghetskartläggning 2027");
			assertThat(page.locator(".respondent-view")).containsText("Svar för Haninge, lämnas av Anna Andersson");
			assertThat(page.locator(".respondent-view")).not().containsText("Botkyrkas eget svar");

			page.locator("fieldset[data-question='q1'] label")
				.filter(new Locator.FilterOptions().setHasText("Ja"))
				.click();
			assertThat(page.locator(".save-state")).hasText("Sparat.");
			page.locator("[data-question='q9'] textarea").fill("Otrygghet i centrum kvällstid");
			page.locator("[data-question='q9'] textarea").press("Tab");
			assertThat(page.locator(".answer-form")).containsText("Besvarade frågor: 2 av 19");
			page.waitForFunction("() => Object.values(window.Vaadin.Flow.clients).every(c => !c.isActive())");
		}

		try (var again = browser.newContext()) {
			Page page = again.newPage();
			page.navigate(url(haninge.path()));
			assertThat(page.locator("fieldset[data-question='q1']")).hasAttribute("has-value", "");
			assertThat(page.locator("[data-question='q9'] textarea")).hasValue("Otrygghet i centrum kvällstid");

			page.locator("vaadin-button.respond-submit").click();

			assertThat(page.locator(".receipt")).containsText("Tack! Svaren skickades in");
		}
		assertThat(this.neo4j.query("MATCH (s:Submission) RETURN count(s) AS n").fetchAs(Long.class).one())
			.hasValue(1L);
	}

	@Test
	void a_respondent_confirms_the_ties_carried_from_the_map_ends_one_adds_a_partner_and_finds_it_all_again() {
		IssuedLink haninge = this.links.invite(round(), "municipality:0136", "Anna Andersson", "anna@haninge.se", "");

		try (var first = browser.newContext(new Browser.NewContextOptions().setViewportSize(390, 800))) {
			Page page = first.newPage();
			page.navigate(url(haninge.path()));
			assertThat(page.locator(".partner-prefilled")).containsText("Vi har fyllt i de samband som kartan visar");
			org.assertj.core.api.Assertions.assertThat(se.samverkanskartan.Accessibility.violations(page))
				.as("axe-core, WCAG 2.1 AA, at 390 px")
				.isEmpty();
			assertThat(card(page, "Botkyrka").locator("[data-field='still']"))
				.containsText("Stämmer detta fortfarande?");
			assertThat(card(page, "Botkyrka").locator(".partner-summary")).containsText("Våldsbejakande extremism");
			// Its details as fields once the respondent says it has changed
			card(page, "Botkyrka").locator(".partner-still label")
				.filter(new Locator.FilterOptions().setHasText("Ändrat"))
				.click();
			settle(page);
			assertThat(card(page, "Botkyrka").locator("[data-field='topics']"))
				.containsText("Våldsbejakande extremism");

			assertThat(card(page, "Huddinge").locator(".partner-summary")).isVisible();
			card(page, "Huddinge").locator(".partner-still label")
				.filter(new Locator.FilterOptions().setHasText("Har upphört"))
				.click();
			settle(page);
			assertThat(card(page, "Huddinge").locator(".partner-summary")).isHidden();
			assertThat(page.locator(".partner-progress"))
				.hasText(java.util.regex.Pattern.compile("Besvarade samband: 2 av [3-9]\\d*"));

			// Found blind to case and diacritics, as the respondent types it
			choose(page, page.locator(".partner-search"), "sodertalje", "Södertälje");
			Locator added = card(page, "Södertälje");
			assertThat(added.locator(".partner-remove")).isVisible();
			choose(page, added.locator("[data-field='topics']"), "unga", "unga");
			choose(page, added.locator("[data-field='topics']"), "extremism", "extremism");
			added.locator("[data-field='frequency']").click();
			added.locator("[data-field='frequency'] vaadin-select-item")
				.filter(new Locator.FilterOptions().setHasText("Varje månad"))
				.click();
			settle(page);
			added.locator("[data-field='since'] input").fill(String.valueOf(java.time.Year.now().getValue() + 1));
			added.locator("[data-field='since'] input").press("Tab");
			settle(page);
			assertThat(added.locator("[data-field='since']")).containsText("Ange ett år från 1900 till");
			added.locator("[data-field='since'] input").fill("2021");
			added.locator("[data-field='since'] input").press("Tab");
			settle(page);
			for (String name : List.of("Föreningen Trygg", "foreningen trygg")) {
				page.locator(".partner-missing input").fill(name);
				page.locator(".partner-add-missing").click();
				settle(page);
			}
			assertThat(card(page, "Föreningen Trygg")).hasCount(1);
			assertThat(page.locator(".save-state")).hasText("Sparat.");
		}

		try (var again = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 900))) {
			Page page = again.newPage();
			page.navigate(url(haninge.path()));
			assertThat(page.locator(".partner-prefilled")).isHidden();
			assertThat(card(page, "Botkyrka").locator("[data-field='topics']"))
				.containsText("Våldsbejakande extremism");
			assertThat(card(page, "Föreningen Trygg")).containsText("granskas");
			assertThat(card(page, "Huddinge").locator(".partner-still input[value='upphort']")).isChecked();
			Locator added = card(page, "Södertälje");
			assertThat(added.locator("[data-field='topics'] vaadin-multi-select-combo-box-chip:not([slot='overflow'])"))
				.hasCount(2);
			assertThat(added.locator("[data-field='frequency']")).containsText("Varje månad");
			assertThat(added.locator("[data-field='since'] input")).hasValue("2021");

			page.locator("vaadin-button.respond-submit").click();
			assertThat(page.locator(".receipt")).containsText("Tack! Svaren skickades in");
		}
		var answered = this.answers
			.read(this.links.open(haninge.token(), LocalDate.now(ZoneId.of("Europe/Stockholm"))).orElseThrow());
		assertThat(answered.submitted()).isNotNull();
		assertThat(answered.partners()).as(answered.partners().toString())
			.filteredOn(partner -> "municipality:0126".equals(partner.partnerId()))
			.singleElement()
			.satisfies(partner -> assertThat(partner.still()).isEqualTo("upphort"));
		assertThat(answered.partners()).filteredOn(partner -> "municipality:0181".equals(partner.partnerId()))
			.singleElement()
			.satisfies(partner -> {
				assertThat(partner.topics()).hasSize(2);
				assertThat(partner.frequency()).isEqualTo("varje-manad");
				assertThat(partner.since()).isEqualTo(2021);
				assertThat(partner.carried()).isFalse();
			});
	}

	@Test
	void on_a_phone_360_px_wide_the_form_fits_works_by_keyboard_alone_and_speaks_english_when_asked() {
		IssuedLink link = this.links.invite(round(), "municipality:0136", "Anna Andersson", "anna@haninge.se", "");
		try (var phone = browser.newContext(new Browser.NewContextOptions().setViewportSize(360, 740))) {
			Page page = phone.newPage();
			page.navigate(url(link.path()));
			assertThat(page.locator(".partner-card").first()).isVisible();
			org.assertj.core.api.Assertions
				.assertThat(((Number) page.evaluate("document.documentElement.scrollWidth")).intValue())
				.as("page width at 360 px")
				.isLessThanOrEqualTo(360);

			String inFirstQuestion = "document.activeElement?.closest?.(\"[data-question='q1']\") != null";
			for (int presses = 0; presses < 30 && !Boolean.TRUE.equals(page.evaluate(inFirstQuestion)); presses++) {
				page.keyboard().press("Tab");
			}
			org.assertj.core.api.Assertions.assertThat(page.evaluate(inFirstQuestion))
				.as("the first question reached by Tab")
				.isEqualTo(true);
			page.keyboard().press("Space");
			assertThat(page.locator(".save-state")).hasText("Sparat.");

			page.locator(".language-select").click();
			page.locator("vaadin-select-item").filter(new Locator.FilterOptions().setHasText("English")).click();
			assertThat(page.locator(".answer-form")).containsText("Questions answered: 1 of 19");
			assertThat(page.locator(".partner-section h2")).hasText("Your partners");
			assertThat(page.locator("fieldset[data-question='q1']")).hasAttribute("has-value", "");
			org.assertj.core.api.Assertions.assertThat(se.samverkanskartan.Accessibility.violations(page))
				.as("axe-core, WCAG 2.1 AA, at 360 px in English")
				.isEmpty();
		}
	}

	@Test
	void a_link_reaches_only_its_own_organisation_whatever_the_address_adds() {
		String round = round();
		IssuedLink haninge = this.links.invite(round, "municipality:0136", "Anna", "anna@haninge.se", "");
		IssuedLink botkyrka = this.links.invite(round, "municipality:0127", "Bo", "bo@botkyrka.se", "");
		var botkyrkaAccess = this.links.open(botkyrka.token(), LocalDate.now(ZoneId.of("Europe/Stockholm")))
			.orElseThrow();
		long version = this.answers.save(botkyrkaAccess, Map.of("q9", "Botkyrkas eget svar"), List.of(), 0);

		try (var context = browser.newContext()) {
			Page page = context.newPage();
			for (String tail : List.of("?organisation=municipality:0127",
					"?round=" + round + "&respondent=" + botkyrka.respondentId())) {
				page.navigate(url(haninge.path() + tail));
				assertThat(page.locator(".respondent-view")).containsText("Svar för Haninge");
				assertThat(page.locator("body")).not().containsText("Botkyrkas eget svar");
			}
			// A longer path is another address: it reveals nothing
			page.navigate(url(haninge.path() + "/municipality:0127"));
			assertThat(page.locator("body")).not().containsText("Botkyrkas eget svar");
			assertThat(page.locator("body")).not().containsText("Svar för");
			page.navigate(url(haninge.path() + "?organisation=municipality:0127"));
			page.locator("[data-question='q9'] textarea").fill("Skrivet via Haninges länk");
			page.locator("[data-question='q9'] textarea").press("Tab");
			assertThat(page.locator(".save-state")).hasText("Sparat.");
		}
		var botkyrkaNow = this.answers.read(botkyrkaAccess);
		org.assertj.core.api.Assertions.assertThat(botkyrkaNow.values()).containsEntry("q9", "Botkyrkas eget svar");
		org.assertj.core.api.Assertions.assertThat(botkyrkaNow.version()).isEqualTo(version);
	}

	@Test
	void a_colleagues_save_in_between_is_shown_not_lost_and_an_answer_over_the_limit_is_named_at_its_field() {
		String round = round();
		IssuedLink anna = this.links.invite(round, "municipality:0136", "Anna Andersson", "anna@haninge.se", "");
		IssuedLink bengt = this.links.invite(round, "municipality:0136", "Bengt", "bengt@haninge.se", "");
		var bengtsAccess = this.links.open(bengt.token(), LocalDate.now(ZoneId.of("Europe/Stockholm"))).orElseThrow();

		try (var context = browser.newContext(new Browser.NewContextOptions().setLocale("sv-SE"))) {
			Page page = context.newPage();
			page.navigate(url(anna.path()));
			assertThat(page.locator(".respondent-view")).containsText("Svar för Haninge, lämnas av Anna Andersson");
			this.answers.save(bengtsAccess, Map.of("q1", "nej", "q9", "Bengts svar"), List.of(), 0);

			Locator q1 = page.locator("fieldset[data-question='q1']");
			q1.locator("label").filter(new Locator.FilterOptions().setHasText("Ja")).click();
			assertThat(page.locator("vaadin-notification-card")).containsText("sparade samtidigt");
			assertThat(q1.locator("input[value='nej']")).isChecked();
			assertThat(q1.locator("input[value='ja']")).not().isChecked();
			assertThat(page.locator("[data-question='q9'] textarea")).hasValue("Bengts svar");

			q1.locator("label").filter(new Locator.FilterOptions().setHasText("Ja")).click();
			assertThat(page.locator(".save-state")).hasText("Sparat.");

			// Typing stops at the limit; a script can still put in a longer text
			Locator q9 = page.locator("[data-question='q9']");
			q9.locator("textarea")
				.evaluate("area => { area.value = 'x'.repeat(4001); area.dispatchEvent(new Event('change')); }");
			assertThat(q9.locator(".native-field-error")).hasText(Pattern.compile("^Högst 4\\s?000 tecken\\.$"));
			assertThat(q9.locator("textarea")).hasAttribute("aria-invalid", "true");
			assertThat(q9.locator("textarea")).hasAttribute("aria-describedby",
					q9.locator(".native-field-error").getAttribute("id"));
			assertThat(page.locator(".save-state")).hasText("Inte sparat: rätta det som är markerat.");

			q9.locator("textarea").fill("Kortare svar");
			q9.locator("textarea").press("Tab");
			assertThat(page.locator(".save-state")).hasText("Sparat.");
			assertThat(q9.locator(".native-field-error")).isEmpty();
			assertThat(q9.locator("textarea")).not().hasAttribute("aria-invalid", "true");
		}
		assertThat(this.answers.read(bengtsAccess).values()).containsEntry("q1", "ja")
			.containsEntry("q9", "Kortare svar");
	}

	@Test
	void what_a_respondent_types_as_soon_as_the_form_shows_is_kept() {
		IssuedLink link = this.links.invite(round(), "municipality:0136", "Anna", "anna@haninge.se", "");

		// Several loads, as a race with the page's start shows only now and then
		for (int load = 1; load <= 4; load++) {
			try (var context = browser.newContext()) {
				Page page = context.newPage();
				page.navigate(url(link.path()));
				Locator text = page.locator("[data-question='q9'] textarea");
				text.fill("Skrivet direkt " + load);
				text.press("Tab");
				assertThat(page.locator(".save-state")).hasText("Sparat.");
				assertThat(text).hasValue("Skrivet direkt " + load);
			}
		}
		var access = this.links.open(link.token(), LocalDate.now(ZoneId.of("Europe/Stockholm"))).orElseThrow();
		assertThat(this.answers.read(access).values()).containsEntry("q9", "Skrivet direkt 4");
	}

	@Test
	void a_wrong_or_revoked_link_says_only_that_it_does_not_work_with_status_404() throws Exception {
		IssuedLink link = this.links.invite(round(), "municipality:0136", "Anna", "anna@haninge.se", "");
		this.links.revoke(link.respondentId());

		for (String path : List.of(link.path(), "/svar/skr_" + "x".repeat(43), "/svar/nonsense")) {
			HttpResponse<String> response = HttpClient.newHttpClient()
				.send(HttpRequest.newBuilder(URI.create(url(path))).build(), HttpResponse.BodyHandlers.ofString());
			assertThat(response.statusCode()).as(path).isEqualTo(404);
			assertThat(response.body()).doesNotContain("Haninge").doesNotContain("Anna");
			try (var context = browser.newContext(new Browser.NewContextOptions().setLocale("sv-SE"))) {
				Page page = context.newPage();
				page.navigate(url(path));
				assertThat(page.locator("h1")).hasText("Länken gäller inte");
			}
		}
	}

}
