package se.samverkanskartan.survey.ui;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.regex.Pattern;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Route;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.security.test.context.support.WithMockUser;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import se.samverkanskartan.BrowserTest;
import se.samverkanskartan.survey.IssuedLink;
import se.samverkanskartan.survey.RespondentAccess;
import se.samverkanskartan.survey.RespondentLinks;
import se.samverkanskartan.survey.RoundDraft;
import se.samverkanskartan.survey.SurveyAnswers;
import se.samverkanskartan.survey.SurveyData;
import se.samverkanskartan.survey.SurveyRounds;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A respondent who rewrites the form's server calls in the browser (Vaadin's UIDL
 * messages) to reach another organisation's answers or the editors' pages. The form's
 * organisation comes from the token alone, so every forged call is refused or lands in
 * the respondent's own form.
 */
@WithMockUser(roles = "EDITOR")
class ForgedServerCallsBrowserTest extends BrowserTest {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Autowired
	SurveyRounds rounds;

	@Autowired
	RespondentLinks links;

	@Autowired
	SurveyAnswers answers;

	@Autowired
	Neo4jClient neo4j;

	private String round;

	private IssuedLink haninge;

	private RespondentAccess botkyrka;

	private long botkyrkaVersion;

	private final List<String> replies = new CopyOnWriteArrayList<>();

	@BeforeEach
	void twoOrganisationsAskedBotkyrkaHasAnswered() {
		LocalDate today = LocalDate.now(ZoneId.of("Europe/Stockholm"));
		this.round = this.rounds.create(new RoundDraft("Trygghetskartläggning 2027", today.minusDays(1),
				today.plusDays(30), "", List.of("municipality:0136", "municipality:0127"), null));
		this.haninge = this.links.invite(this.round, "municipality:0136", "Anna", "anna@haninge.se", "");
		IssuedLink link = this.links.invite(this.round, "municipality:0127", "Bo", "bo@botkyrka.se", "");
		this.botkyrka = this.links.open(link.token(), today).orElseThrow();
		this.botkyrkaVersion = this.answers.save(this.botkyrka, Map.of("q9", "Botkyrkas eget svar"), List.of(), 0);
	}

	@AfterEach
	void cleanUp() {
		SurveyData.clear(this.neo4j);
	}

	@Test
	void forged_values_for_every_field_land_in_the_links_own_answers_and_never_in_another_organisations() {
		try (var context = browser.newContext()) {
			Page page = openForm(context);
			List<Map<String, Object>> fields = fieldNodes(page);
			forge(page, rpc -> fields.forEach(field -> write(rpc, field, "municipality:0127")));

			answer(page, "q9", "Haninges svar");

			assertThat(page.locator("body")).not().containsText("Botkyrkas eget svar");
		}
		assertThat(this.replies).as("the server answered the forged message").hasSize(1);
		assertThat(this.replies.getFirst()).doesNotContain("Botkyrkas eget svar").doesNotContain("bo@botkyrka.se");
		assertBotkyrkaUnchanged();
		// The forged values were taken, as the respondent's own answers
		var own = this.links.open(this.haninge.token(), LocalDate.now(ZoneId.of("Europe/Stockholm"))).orElseThrow();
		assertThat(this.answers.read(own).values()).containsEntry("q9", "municipality:0127");
	}

	@ParameterizedTest
	@ValueSource(strings = { "kartlaggning", "granskning" })
	void forged_navigation_from_a_form_to_an_editors_page_ends_at_the_login(String route) {
		try (var context = browser.newContext()) {
			Page page = openForm(context);
			forge(page, rpc -> navigate(rpc, route, this.round));

			answer(page, "q9", "Haninges svar");

			assertThat(page).hasURL(Pattern.compile("/login"));
			assertThat(page.locator("body")).not().containsText("bo@botkyrka.se");
		}
		assertThat(this.replies).as("the server answered the forged message").hasSize(1);
		assertThat(this.replies.getFirst()).doesNotContain("bo@botkyrka.se")
			.doesNotContain("Botkyrkas eget svar")
			.doesNotContain("rounds-view")
			.doesNotContain("review-view")
			.contains("vaadin-login-form");
		assertBotkyrkaUnchanged();
	}

	private Page openForm(BrowserContext context) {
		Page page = context.newPage();
		page.navigate(url(this.haninge.path()));
		assertThat(page.locator(".respondent-view")).containsText("Svar för Haninge");
		return page;
	}

	/**
	 * The page's next server call that sends an answer carries the forged calls too;
	 * other calls go as sent.
	 */
	private void forge(Page page, Consumer<ArrayNode> forgery) {
		Deque<Consumer<ArrayNode>> once = new ArrayDeque<>(List.of(forgery));
		page.route("**/*v-r=uidl*", call -> {
			var message = (ObjectNode) JSON.readTree(call.request().postData());
			forward(call, message, sendsAnAnswer(message) ? once.poll() : null, this.replies);
		});
	}

	private static boolean sendsAnAnswer(ObjectNode message) {
		return message.get("rpc")
			.valueStream()
			.anyMatch(call -> "event".equals(call.path("type").asString())
					&& "change".equals(call.path("event").asString()));
	}

	private void assertBotkyrkaUnchanged() {
		var now = this.answers.read(this.botkyrka);
		assertThat(now.values()).containsExactlyEntriesOf(Map.of("q9", "Botkyrkas eget svar"));
		assertThat(now.partners()).isEmpty();
		assertThat(now.version()).isEqualTo(this.botkyrkaVersion);
	}

	private static void answer(Page page, String question, String text) {
		page.locator("[data-question='" + question + "'] textarea").fill(text);
		page.locator("[data-question='" + question + "'] textarea").press("Tab");
		page.waitForFunction("() => Object.values(window.Vaadin.Flow.clients).every(c => !c.isActive())");
	}

	/**
	 * The state-tree nodes of the page's input fields, as Vaadin's client knows them, and
	 * whether their value is a list.
	 */
	@SuppressWarnings("unchecked")
	private static List<Map<String, Object>> fieldNodes(Page page) {
		return (List<Map<String, Object>>) page.evaluate("""
				() => {
				  const client = Object.values(window.Vaadin.Flow.clients).find(c => c.getByNodeId);
				  const tags = ['vaadin-text-field', 'vaadin-text-area', 'vaadin-integer-field', 'vaadin-combo-box',
				    'vaadin-radio-group', 'vaadin-checkbox-group', 'vaadin-select'];
				  const nodes = [];
				  for (let node = 1; node < 2000; node++) {
				    const element = client.getByNodeId(node);
				    if (element && tags.includes(element.localName)) {
				      nodes.push({ node, many: element.localName === 'vaadin-checkbox-group' });
				    } else if (element && element.localName === 'textarea') {
				      nodes.push({ node, many: false });
				    } else if (element && element.localName === 'fieldset') {
				      nodes.push({ node, choice: true });
				    }
				  }
				  return nodes;
				}""");
	}

	private static void write(ArrayNode rpc, Map<String, Object> field, String value) {
		int node = ((Number) field.get("node")).intValue();
		if (Boolean.TRUE.equals(field.get("choice"))) {
			rpc.addObject()
				.put("type", "event")
				.put("node", node)
				.put("event", "change")
				.putObject("data")
				.put("event.target.value", value);
			return;
		}
		var sync = rpc.addObject().put("type", "mSync").put("node", node).put("feature", 1).put("property", "value");
		if (Boolean.TRUE.equals(field.get("many"))) {
			sync.putArray("value").add(value);
		}
		else {
			sync.put("value", value);
		}
		rpc.addObject().put("type", "event").put("node", node).put("event", "change").putObject("data");
	}

	private static void navigate(ArrayNode rpc, String route, String round) {
		rpc.addObject()
			.put("type", "event")
			.put("node", 1)
			.put("event", "ui-navigate")
			.putObject("data")
			.put("route", route)
			.put("query", "omgang=" + round)
			.put("appShellTitle", "")
			.put("trigger", "")
			.putObject("historyState")
			.put("idx", 0);
	}

	/** Sends the page's own message with the forged calls added, keeping the reply. */
	private static void forward(Route call, ObjectNode message, Consumer<ArrayNode> forgery, List<String> replies) {
		if (forgery != null) {
			forgery.accept((ArrayNode) message.get("rpc"));
		}
		var reply = call.fetch(new Route.FetchOptions().setPostData(JSON.writeValueAsString(message)));
		if (forgery != null) {
			replies.add(reply.text());
		}
		call.fulfill(new Route.FulfillOptions().setResponse(reply));
	}

}
