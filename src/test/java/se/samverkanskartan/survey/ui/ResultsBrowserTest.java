package se.samverkanskartan.survey.ui;

import java.nio.file.Files;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.security.test.context.support.WithMockUser;

import se.samverkanskartan.BrowserTest;
import se.samverkanskartan.accounts.Accounts;
import se.samverkanskartan.accounts.Role;
import se.samverkanskartan.survey.RespondentLinks;
import se.samverkanskartan.survey.RoundDraft;
import se.samverkanskartan.survey.SurveyAnswers;
import se.samverkanskartan.survey.SurveyData;
import se.samverkanskartan.survey.SurveyRounds;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * The results page as a viewer and as an editor: small groups and names hidden from the
 * viewer, the 2020 report chosen in the page, the workbook read back with POI.
 */
class ResultsBrowserTest extends BrowserTest {

	private static final String VIEWER = "test-lasare";

	private static final String PASSWORD = "ett långt lösenord";

	@Autowired
	SurveyRounds rounds;

	@Autowired
	RespondentLinks links;

	@Autowired
	SurveyAnswers answers;

	@Autowired
	Accounts accounts;

	@Autowired
	Neo4jClient neo4j;

	@AfterEach
	void cleanUp() {
		SurveyData.clear(this.neo4j);
		this.neo4j.query("MATCH (u:User {username: $name}) DETACH DELETE u").bind(VIEWER).to("name").run();
	}

	private void submit(String round, String organisation, Map<String, String> values) {
		SurveyData.submit(this.links, this.answers, round, organisation, values, List.of());
	}

	private static byte[] download(Download download) throws java.io.IOException {
		return Files.readAllBytes(download.path());
	}

	@Test
	@WithMockUser(username = "admin", roles = { "EDITOR", "ADMIN" })
	void a_viewer_sees_the_tables_without_small_groups_or_names_and_the_2020_report_when_chosen() throws Exception {
		String round = this.rounds
			.create(new RoundDraft("Kartläggning 2027", LocalDate.now().minusDays(1), LocalDate.now().plusDays(30), "",
					List.of("municipality:0136", "municipality:0127", "municipality:0126"), null));
		submit(round, "municipality:0136", Map.of("q1", "ja", "q2", "nej", "q9", "Gängen"));
		submit(round, "municipality:0127", Map.of("q1", "ja", "q9", "Droger"));
		submit(round, "municipality:0126", Map.of("q1", "nej", "q9", "Otrygga platser"));
		this.accounts.create(VIEWER, PASSWORD, Role.VIEWER);

		try (var viewer = loggedIn(new Browser.NewContextOptions().setViewportSize(1280, 900).setAcceptDownloads(true),
				VIEWER, PASSWORD)) {
			Page page = viewer.newPage();
			page.navigate(url("/"));
			page.locator(".more-menu").getByText("Mer").click();
			page.locator("vaadin-menu-bar-item")
				.filter(new Locator.FilterOptions().setHasText("Kartläggningens resultat"))
				.click();
			assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/resultat\\?omgang=" + round));
			Locator directives = page.locator(".results-table tr[data-question='q1']");
			// Two ja and one nej of three: 67 and 33 per cent; 81 % ja in 2020
			assertThat(directives).containsText("67 %");
			assertThat(directives).containsText("-14 procentenheter");
			assertThat(page.locator(".results-table tr[data-question='q2']")).containsText("Färre än tre svar");
			Locator challenges = page.locator(".results-free-text[data-question='q9']");
			challenges.click();
			assertThat(challenges.locator("li")).hasText(new String[] { "Droger", "Gängen", "Otrygga platser" });
			assertThat(page.locator(".results-view")).not().containsText("Haninge");
			org.assertj.core.api.Assertions.assertThat(se.samverkanskartan.Accessibility.violations(page))
				.as("axe-core on the results page")
				.isEmpty();

			Download download = page.waitForDownload(() -> page.locator(".results-xlsx").click());
			try (var workbook = new XSSFWorkbook(Files.newInputStream(download.path()))) {
				var q1 = workbook.getSheetAt(0).getRow(1);
				org.assertj.core.api.Assertions.assertThat(q1.getCell(1).getCellType()).isEqualTo(CellType.NUMERIC);
				org.assertj.core.api.Assertions.assertThat(q1.getCell(1).getNumericCellValue()).isEqualTo(2.0);
				org.assertj.core.api.Assertions.assertThat(q1.getCell(4).getNumericCellValue()).isEqualTo(67.0);
				org.assertj.core.api.Assertions
					.assertThat(workbook.getSheetAt(1).getRow(1).getCell(1).getStringCellValue())
					.as("no name for a viewer")
					.isEmpty();
			}

			Download pdf = page.waitForDownload(() -> page.locator(".results-pdf").click());
			try (var document = org.apache.pdfbox.Loader.loadPDF(download(pdf))) {
				String text = new org.apache.pdfbox.text.PDFTextStripper().getText(document);
				org.assertj.core.api.Assertions.assertThat(text)
					.contains("Har politiken gett några särskilda direktiv")
					.contains("Ja 2 (67 %)")
					.contains("Färre än tre svar")
					.contains("Otrygga platser")
					.doesNotContain("Haninge");
			}

			page.locator(".results-round").click();
			page.locator("vaadin-select-item").filter(new Locator.FilterOptions().setHasText("Storsthlm 2020")).click();
			assertThat(page).hasURL(java.util.regex.Pattern.compile(".*omgang=storsthlm-2020"));
			assertThat(page.locator(".results-table tr[data-question='q1']")).containsText("81 %");
			assertThat(page.locator(".results-table tr[data-question='q17']")).containsText("92 %");
		}
		try (var editor = loggedIn(new Browser.NewContextOptions().setViewportSize(1280, 900))) {
			Page page = editor.newPage();
			page.navigate(url("/resultat?omgang=" + round));
			assertThat(page.locator(".results-table tr[data-question='q2']")).containsText("100 %");
			page.locator(".results-free-text[data-question='q9']").click();
			assertThat(page.locator(".results-free-text[data-question='q9'] li").first())
				.containsText("Botkyrka: Droger");
		}
	}

}
