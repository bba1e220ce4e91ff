package se.samverkanskartan.survey.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import se.samverkanskartan.BrowserTest;
import se.samverkanskartan.survey.SurveyData;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static se.samverkanskartan.survey.ui.SurveyPages.card;
import static se.samverkanskartan.survey.ui.SurveyPages.choose;
import static se.samverkanskartan.survey.ui.SurveyPages.createRound;
import static se.samverkanskartan.survey.ui.SurveyPages.pick;
import static se.samverkanskartan.survey.ui.SurveyPages.settle;

/**
 * A survey round from start to reminder, as its people do it, with a real SMTP server in
 * the test JVM: an editor invites three municipalities from the page, a respondent
 * answers from the mailed link in another browser, leaves, comes back and submits, and a
 * reminder from the status page reaches the other two.
 */
class SurveyRoundEndToEndBrowserTest extends BrowserTest {

	private static final ServerSetup SMTP_SETUP = new ServerSetup(3931, "127.0.0.1", ServerSetup.PROTOCOL_SMTP);

	@RegisterExtension
	static final GreenMailExtension SMTP = new GreenMailExtension(SMTP_SETUP)
		.withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());

	private static final Pattern LINK = Pattern.compile("(http://localhost:\\d+/svar/skr_[A-Za-z0-9_-]{43})");

	@DynamicPropertySource
	static void mail(DynamicPropertyRegistry registry) {
		registry.add("spring.mail.host", () -> "127.0.0.1");
		registry.add("spring.mail.port", () -> SMTP_SETUP.getPort());
	}

	@Autowired
	Neo4jClient neo4j;

	@AfterEach
	void cleanUp() {
		SurveyData.clear(this.neo4j);
	}

	private static String linkIn(MimeMessage message) {
		Matcher found = LINK.matcher(GreenMailUtil.getBody(message).replace("=\r\n", "").replace("=3D", "="));
		assertThat(found.find()).as(GreenMailUtil.getBody(message)).isTrue();
		return found.group(1);
	}

	@Test
	void an_editor_invites_three_one_answers_from_the_mail_and_a_reminder_reaches_the_other_two() throws Exception {
		try (var editor = loggedIn(new Browser.NewContextOptions().setViewportSize(1440, 900))) {
			Page page = editor.newPage();
			page.navigate(url("/kartlaggning"));
			page.getByText("Ny kartläggningsomgång").click();
			createRound(page, "Trygghetskartläggning 2027", List.of("Haninge", "Botkyrka", "Tyresö"));
			for (String municipality : List.of("Haninge", "Botkyrka", "Tyresö")) {
				pick(page, "respondent-organisation", municipality);
				page.locator(".respondent-name input").fill("Samordnare " + municipality);
				page.locator(".respondent-email input")
					.fill("trygg@" + municipality.toLowerCase().replace('ö', 'o') + ".example");
				page.locator(".respondent-add").click();
				settle(page);
				assertThat(page.locator(".invitation-state")).containsText("Inbjudan skickades till");
			}
			assertThat(SMTP.waitForIncomingEmail(10_000, 3)).isTrue();
			List<String> links = new ArrayList<>();
			String haninge = null;
			for (MimeMessage message : SMTP.getReceivedMessages()) {
				assertThat(message.getSubject()).isEqualTo("Inbjudan: Trygghetskartläggning 2027");
				links.add(linkIn(message));
				if (message.getAllRecipients()[0].toString().equals("trygg@haninge.example")) {
					haninge = linkIn(message);
				}
			}
			assertThat(links).hasSize(3).doesNotHaveDuplicates();

			try (var first = browser.newContext(new Browser.NewContextOptions().setViewportSize(390, 800))) {
				Page form = first.newPage();
				form.navigate(haninge);
				assertThat(form.locator(".respondent-view")).containsText("Svar för Haninge");
				assertThat(card(form, "Botkyrka")).containsText("Stämmer detta fortfarande?");
				card(form, "Huddinge").locator(".partner-still label")
					.filter(new Locator.FilterOptions().setHasText("Har upphört"))
					.click();
				settle(form);
				choose(form, form.locator(".partner-search"), "sodertalje", "Södertälje");
				Locator added = card(form, "Södertälje");
				choose(form, added.locator("[data-field='topics']"), "unga", "unga");
				choose(form, added.locator("[data-field='topics']"), "extremism", "extremism");
				added.locator("[data-field='frequency']").click();
				added.locator("[data-field='frequency'] vaadin-select-item")
					.filter(new Locator.FilterOptions().setHasText("Varje vecka"))
					.click();
				settle(form);
				assertThat(form.locator(".save-state")).hasText("Sparat.");
			}
			try (var again = browser.newContext()) {
				Page form = again.newPage();
				form.navigate(haninge);
				assertThat(card(form, "Södertälje").locator("[data-field='frequency']")).containsText("Varje vecka");
				assertThat(card(form, "Huddinge").locator(".partner-still input[value='upphort']")).isChecked();
				assertThat(card(form, "Huddinge").locator(".partner-summary")).isHidden();
				form.locator("vaadin-button.respond-submit").click();
				assertThat(form.locator(".receipt")).containsText("Tack! Svaren skickades in");
			}

			page.reload();
			settle(page);
			assertThat(page.locator(".round-rate")).hasText("1 av 3 organisationer har skickat in svar.");
			Locator remind = page.locator(".round-remind");
			assertThat(remind).hasText("Skicka påminnelse till 2 som inte skickat in");
			remind.click();
			settle(page);
			assertThat(page.locator(".round-message")).containsText("Påminnelse skickad till 2.");
			assertThat(SMTP.waitForIncomingEmail(10_000, 5)).isTrue();
			List<MimeMessage> reminders = java.util.Arrays.stream(SMTP.getReceivedMessages()).filter(message -> {
				try {
					return message.getSubject().startsWith("Påminnelse");
				}
				catch (jakarta.mail.MessagingException ex) {
					throw new IllegalStateException(ex);
				}
			}).toList();
			assertThat(reminders).extracting(message -> message.getAllRecipients()[0].toString())
				.containsExactlyInAnyOrder("trygg@botkyrka.example", "trygg@tyreso.example");
			try (var late = browser.newContext()) {
				Page form = late.newPage();
				form.navigate(linkIn(reminders.get(0)));
				assertThat(form.locator(".respondent-view")).containsText("Svar för");
			}
			assertThat(page.locator(".round-respondents")).containsText("Inskickad");
		}
	}

}
