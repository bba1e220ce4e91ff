package se.samverkanskartan.suggestions.ui;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.neo4j.core.Neo4jClient;

import se.samverkanskartan.BrowserTest;
import se.samverkanskartan.network.NetworkChanged;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/** The partner finder, the suggestions page and diagnostics in headless Chromium. */
class SuggestionPagesBrowserTest extends BrowserTest {

	private static final Path SCREENSHOTS = Path.of("target", "screenshots");

	@Autowired
	Neo4jClient neo4j;

	@Autowired
	ApplicationEventPublisher events;

	@AfterEach
	void removeDecisions() {
		this.neo4j.query("MATCH ()-[r:COOPERATES_WITH {confidence: 'accepted'}]->() DELETE r").run();
		this.neo4j.query("MATCH (d:SuggestionDecision) DELETE d").run();
		this.events.publishEvent(new NetworkChanged("test cleanup"));
	}

	private Page open(Browser.NewContextOptions options, String path) {
		Page page = loggedIn(options).newPage();
		page.navigate(url(path));
		return page;
	}

	@Test
	void the_partner_finder_ranks_partners_with_reasons_and_downloads_a_workbook() throws IOException {
		Page page = open(new Browser.NewContextOptions().setViewportSize(1400, 900).setAcceptDownloads(true),
				"/partner?organisation=municipality:0125&topic=polisnarvaro");
		assertThat(page.locator(".suggestion-grid")).containsText("Österåker");
		assertThat(page.locator(".suggestion-grid")).containsText("Båda vill samverka om polisens lokala närvaro");
		assertThat(page.locator(".partner-hint")).containsText("tänkbara partner");

		Download download = page.waitForDownload(() -> page.locator("a.download-xlsx").click());
		Path file = download.path();
		try (var workbook = new XSSFWorkbook(Files.newInputStream(file))) {
			var sheet = workbook.getSheetAt(0);
			assertThat(sheet.getRow(0).getCell(2).getStringCellValue()).isEqualTo("Partner");
			assertThat(sheet.getLastRowNum()).isEqualTo(PartnerFinderView.SHOWN);
		}
		assertThat(download.suggestedFilename()).isEqualTo("partner-Ekerö.xlsx");
		page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("partner-finder.png")));
		page.context().close();
	}

	/** Types into a Vaadin combo box and takes the first offer with the keyboard. */
	private static void choose(Page page, String picker, String typed, String expectedFirst) {
		page.locator("vaadin-combo-box." + picker + " input").fill(typed);
		assertThat(page.locator("vaadin-combo-box-item:visible").first()).containsText(expectedFirst);
		page.keyboard().press("ArrowDown");
		page.keyboard().press("Enter");
	}

	@Test
	void an_official_finds_partners_on_a_topic_by_choosing_in_the_page_and_the_address_keeps_the_list() {
		Page page = open(new Browser.NewContextOptions().setViewportSize(1280, 900), "/partner");
		assertThat(page.locator(".partner-hint")).containsText("Välj en organisation");

		choose(page, "organisation-picker", "Nynäshamn", "Nynäshamn (kommun)");
		choose(page, "topic-picker", "Våldsbejakande", "Våldsbejakande extremism");
		page.waitForURL(java.util.regex.Pattern
			.compile(".*organisation=municipality%3A0192.*topic=valdsbejakande-extremism.*"));
		var grid = page.locator(".suggestion-grid");
		assertThat(grid).containsText("Haninge samverkar redan om våldsbejakande extremism med Botkyrka och Huddinge");
		assertThat(grid.locator("a.reason-evidence").first()).hasAttribute("href",
				java.util.regex.Pattern.compile("kallor\\?organisation=.*"));
		assertThat(grid).not().containsText("Båda deltar i BRON");
		page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("partner-topic.png")));

		String allKinds = page.locator(".partner-hint").innerText();

		page.getByText("Aktörer", new Page.GetByTextOptions().setExact(true)).click();
		page.waitForURL(java.util.regex.Pattern.compile(".*kind=actor.*"));
		assertThat(page.locator(".partner-hint")).containsText("0 tänkbara partner");
		page.getByText("Alla", new Page.GetByTextOptions().setExact(true)).click();
		page.waitForURL(url -> !url.contains("kind="));
		assertThat(page.locator(".partner-hint")).hasText(allKinds);

		page.reload();
		assertThat(page.locator("vaadin-combo-box.organisation-picker input")).hasValue("Nynäshamn (kommun)");
		assertThat(page.locator("vaadin-combo-box.topic-picker input")).hasValue("Våldsbejakande extremism");
		assertThat(page.locator(".partner-hint")).hasText(allKinds);
		assertThat(page.locator(".suggestion-grid"))
			.containsText("Haninge samverkar redan om våldsbejakande extremism med Botkyrka och Huddinge");
		page.context().close();
	}

	@Test
	void an_unknown_organisation_in_the_address_is_named_in_a_notice() {
		Page page = open(new Browser.NewContextOptions().setViewportSize(1280, 900),
				"/partner?organisation=municipality:9999&topic=unga");
		assertThat(page.locator("vaadin-notification-card")).containsText("okända värden för: organisation");
		assertThat(page.locator(".partner-hint")).containsText("Välj en organisation");
		page.context().close();
	}

	@Test
	void accepting_a_suggestion_asks_for_a_topic_and_creates_the_tie_in_the_name_of_the_user() {
		Page page = open(new Browser.NewContextOptions().setViewportSize(1400, 900),
				"/forslag?organisation=municipality:0125");
		assertThat(page.locator(".suggestion-grid")).containsText("Ekerö – ");
		page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("suggestions.png")));

		page.locator("vaadin-button.accept").first().click();
		page.locator("vaadin-dialog.accept-dialog vaadin-combo-box input").fill("Krisberedskap");
		page.locator("vaadin-combo-box-item").first().waitFor();
		page.keyboard().press("ArrowDown");
		page.keyboard().press("Enter");
		page.locator("vaadin-button.confirm-accept").click();
		assertThat(page.locator("vaadin-notification-card").first()).containsText("Sambandet är skapat");

		long accepted = this.neo4j.query(
				"MATCH ()-[r:COOPERATES_WITH {confidence: 'accepted', acceptedBy: 'admin'}]->() RETURN count(r) AS n")
			.fetchAs(Long.class)
			.one()
			.orElseThrow();
		assertThat(accepted).isEqualTo(1);
		page.context().close();
	}

	@Test
	void diagnostics_show_the_backtest_against_chance() {
		Page page = open(new Browser.NewContextOptions().setViewportSize(1400, 900), "/diagnostik");
		assertThat(page.locator(".backtest-summary")).containsText("förslagen slår slumpen");
		assertThat(page.locator(".backtest-grid")).containsText("Sammanvägd poäng");
		assertThat(page.locator(".backtest-grid")).containsText("Slump");
		assertThat(page.locator(".evaluation-summary")).containsText("frågor (organisation och tema)");
		assertThat(page.locator(".evaluation-grid")).containsText("Endast erfarenhet av temat");
		page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("diagnostics.png")));
		page.context().close();
	}

	@Test
	void the_analysis_page_shows_named_clusters_and_the_comparison() {
		Page page = open(new Browser.NewContextOptions().setViewportSize(1400, 1000), "/analys");
		assertThat(page.locator(".cluster-card").first()).containsText("m.fl.");
		assertThat(page.locator(".analysis-summary")).containsText("modularitet");
		assertThat(page.locator(".grouping-comparison")).containsText("Nordostkommunerna");
		assertThat(page.locator(".centrality")).containsText("Nyckelaktörer");
		page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("analysis.png")).setFullPage(true));

		page.locator(".cluster-card vaadin-button").first().click();
		page.locator("vaadin-text-field.cluster-rename input").fill("Norra samverkan");
		page.locator("vaadin-text-field.cluster-rename input").press("Enter");
		assertThat(page.locator(".cluster-card").first()).containsText("Norra samverkan");
		this.neo4j.query("MATCH (c:ClusterName) DELETE c").run();
		this.events.publishEvent(new NetworkChanged("test cleanup"));
		page.context().close();
	}

}
