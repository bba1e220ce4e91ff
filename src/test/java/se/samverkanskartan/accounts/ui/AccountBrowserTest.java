package se.samverkanskartan.accounts.ui;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;

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
 * A user opens "Mitt konto" from the menu, makes an API token, uses it, finds it gone
 * from the page after a reload, and revokes it.
 */
class AccountBrowserTest extends BrowserTest {

	@Autowired
	Neo4jClient neo4j;

	@AfterEach
	void removeTokens() {
		this.neo4j.query("MATCH (t:ApiToken) DETACH DELETE t").run();
	}

	private int apiStatus(String token) throws Exception {
		return HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create(url("/api/topics")))
				.header("Authorization", "Bearer " + token)
				.build(), HttpResponse.BodyHandlers.discarding())
			.statusCode();
	}

	@Test
	void a_token_made_on_the_account_page_is_shown_once_works_and_stops_when_revoked() throws Exception {
		try (var context = loggedIn(new Browser.NewContextOptions().setViewportSize(1280, 800))) {
			Page page = context.newPage();
			page.navigate(url("/"));
			page.locator("vaadin-menu-bar.more-menu vaadin-menu-bar-button").first().click();
			page.getByRole(com.microsoft.playwright.options.AriaRole.MENUITEM,
					new Page.GetByRoleOptions().setName("Mitt konto"))
				.click();
			page.waitForURL("**/konto");
			assertThat(page.locator("vaadin-grid.tokens")).containsText("Du har inga API-nycklar");

			Locator label = page.locator("vaadin-text-field.token-label input");
			page.locator("vaadin-button.token-create").click();
			assertThat(page.locator("vaadin-text-field.token-label")).hasAttribute("invalid", "");
			label.fill("Instrumentpanel");
			label.press("Enter");
			Locator secret = page.locator("vaadin-text-field.token-secret input");
			assertThat(secret).hasValue(java.util.regex.Pattern.compile("skk_.{43}"));
			String token = secret.inputValue();
			assertThat(page.locator("vaadin-grid.tokens")).containsText("Instrumentpanel");
			page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target", "screenshots", "account.png")));
			org.assertj.core.api.Assertions.assertThat(apiStatus(token)).isEqualTo(200);

			page.reload();
			assertThat(page.locator("vaadin-grid.tokens")).containsText(token.substring(0, 8));
			assertThat(page.locator("vaadin-text-field.token-secret")).isHidden();
			org.assertj.core.api.Assertions.assertThat(page.content()).doesNotContain(token);

			page.locator("vaadin-button.token-revoke").click();
			page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
					new Page.GetByRoleOptions().setName("Återkalla").setExact(true))
				.last()
				.click();
			assertThat(page.locator("vaadin-notification-card")).containsText("är återkallad");
			assertThat(page.locator("vaadin-grid.tokens")).containsText("Du har inga API-nycklar");
			org.assertj.core.api.Assertions.assertThat(apiStatus(token)).isEqualTo(401);
		}
	}

}
