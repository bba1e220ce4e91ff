package se.samverkanskartan.editing.ui;

import java.nio.file.Path;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.neo4j.core.Neo4jClient;

import se.samverkanskartan.BrowserTest;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import se.samverkanskartan.network.NetworkChanged;

/**
 * An editor adds a topic (after a refused empty form), finds it in the history and
 * reverts it there.
 */
class TopicsBrowserTest extends BrowserTest {

	@Autowired
	Neo4jClient neo4j;

	@Autowired
	ApplicationEventPublisher events;

	@AfterEach
	void removeTopic() {
		this.neo4j.query("MATCH (t:Topic) WHERE t.slug STARTS WITH 'test' DETACH DELETE t").run();
		this.neo4j.query("MATCH (c:Change) DELETE c").run();
		this.events.publishEvent(new NetworkChanged("test data"));
	}

	@Test
	void a_new_topic_is_listed_recorded_and_reverted_from_the_history() {
		try (var context = loggedIn(new Browser.NewContextOptions().setViewportSize(1400, 900))) {
			Page page = context.newPage();
			page.navigate(url("/omraden"));
			assertThat(page.locator("vaadin-grid.topics")).containsText("Krisberedskap");
			page.locator("vaadin-button.topic-new").click();
			Locator dialog = page.locator("vaadin-dialog.topic-dialog");
			Locator fields = dialog.locator("vaadin-text-field");
			dialog.locator("vaadin-button.topic-save").click();
			assertThat(fields.nth(1)).hasAttribute("invalid", "");

			fields.nth(1).locator("input").fill("Test Trygghetsvandringar");
			fields.nth(2).locator("input").fill("Test safety walks");
			fields.nth(3).locator("input").fill("#1e40af");
			dialog.locator("vaadin-button.topic-save").click();
			assertThat(page.locator("vaadin-notification-card")).containsText("Temat är sparat");
			org.assertj.core.api.Assertions
				.assertThat(this.neo4j.query("MATCH (t:Topic {slug: 'test-trygghetsvandringar'}) RETURN t.color")
					.fetchAs(String.class)
					.one())
				.contains("#1e40af");
			page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target", "screenshots", "topics.png")));

			page.navigate(url("/historik"));
			assertThat(page.locator("vaadin-grid.history")).containsText("tema skapat");
			page.locator("vaadin-button.history-revert").first().click();
			assertThat(page.locator("vaadin-grid.history")).containsText("ångrat");
			org.assertj.core.api.Assertions
				.assertThat(this.neo4j.query("MATCH (t:Topic {slug: 'test-trygghetsvandringar'}) RETURN count(t)")
					.fetchAs(Long.class)
					.one())
				.contains(0L);
		}
	}

}
