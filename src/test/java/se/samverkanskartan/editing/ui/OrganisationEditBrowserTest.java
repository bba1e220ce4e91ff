package se.samverkanskartan.editing.ui;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.neo4j.core.Neo4jClient;

import se.samverkanskartan.BrowserTest;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import se.samverkanskartan.network.NetworkChanged;

/** An editor renames an organisation and deletes it with its ties, after being asked. */
class OrganisationEditBrowserTest extends BrowserTest {

	@Autowired
	Neo4jClient neo4j;

	@Autowired
	ApplicationEventPublisher events;

	@BeforeEach
	void createActor() {
		this.neo4j
			.query("""
					MATCH (m:Municipality {code: '0125'})
					CREATE (a:Actor:Organisation {id: 'actor:test-aktor', slug: 'test-aktor', name: 'Testaktören', version: 1})
					CREATE (a)-[:COOPERATES_WITH {id: randomUUID(), topic: 'unga', confidence: 'explicit', source: 'Test'}]->(m)""")
			.run();
		this.events.publishEvent(new NetworkChanged("test data"));
	}

	@AfterEach
	void removeActor() {
		this.neo4j.query("MATCH (n:Actor) WHERE n.slug STARTS WITH 'test-' DETACH DELETE n").run();
		this.neo4j.query("MATCH (c:Change) DELETE c").run();
		this.events.publishEvent(new NetworkChanged("test data"));
	}

	@Test
	void an_organisation_is_renamed_and_then_deleted_with_its_ties_after_a_question() {
		try (var context = loggedIn(new Browser.NewContextOptions().setViewportSize(1400, 900))) {
			Page page = context.newPage();
			page.navigate(url("/?selected=actor:test-aktor"));
			page.locator("vaadin-button.org-edit").click();
			page.locator("vaadin-dialog.organisation-edit-dialog vaadin-text-field input").first().fill("");
			page.locator("vaadin-dialog.organisation-edit-dialog vaadin-button.org-save").click();
			assertThat(page.locator("vaadin-dialog.organisation-edit-dialog vaadin-text-field").first())
				.hasAttribute("invalid", "");
			page.locator("vaadin-dialog.organisation-edit-dialog vaadin-text-field input")
				.first()
				.fill("Testaktören Ny");
			page.locator("vaadin-dialog.organisation-edit-dialog vaadin-button.org-save").click();
			assertThat(page.locator(".node-details h2")).hasText("Testaktören Ny");

			page.locator("vaadin-button.org-edit").click();
			page.locator("vaadin-dialog.organisation-edit-dialog vaadin-button.org-delete").click();
			assertThat(page.getByRole(com.microsoft.playwright.options.AriaRole.ALERTDIALOG))
				.containsText("har 1 samband");
			page.getByRole(com.microsoft.playwright.options.AriaRole.ALERTDIALOG)
				.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
						new com.microsoft.playwright.Locator.GetByRoleOptions().setName("Ta bort med sambanden"))
				.click();
			page.waitForURL(address -> !address.contains("selected="));
			page.waitForSelector("network-graph[data-ready]", new Page.WaitForSelectorOptions().setTimeout(30_000));
			org.assertj.core.api.Assertions
				.assertThat(this.neo4j.query("MATCH (n:Actor {slug: 'test-aktor'}) RETURN count(n) AS n")
					.fetchAs(Long.class)
					.one())
				.contains(0L);
		}
	}

}
