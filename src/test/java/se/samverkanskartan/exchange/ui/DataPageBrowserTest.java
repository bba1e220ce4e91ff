package se.samverkanskartan.exchange.ui;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.FileChooser;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import org.junit.jupiter.api.Test;

import se.samverkanskartan.BrowserTest;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * The data page in Chromium: a backup downloads, and uploading files runs the checked
 * import.
 */
class DataPageBrowserTest extends BrowserTest {

	private static void upload(Page page, String name, byte[] content) {
		upload(page, "import-upload", name, content);
	}

	private static void upload(Page page, String uploadClass, String name, byte[] content) {
		FileChooser chooser = page
			.waitForFileChooser(() -> page.locator("vaadin-upload." + uploadClass + " vaadin-button").first().click());
		chooser.setFiles(new FilePayload(name, "application/json", content));
	}

	@org.springframework.beans.factory.annotation.Autowired
	org.springframework.data.neo4j.core.Neo4jClient neo4j;

	@org.junit.jupiter.api.AfterEach
	void removeImportedTies() {
		this.neo4j.query("MATCH ()-[r:COOPERATES_WITH]->() WHERE r.source IN ['band.csv', 'Efter kopian'] DELETE r")
			.run();
	}

	private long tiesAddedAfterTheBackup() {
		return this.neo4j.query("MATCH ()-[r:COOPERATES_WITH {source: 'Efter kopian'}]->() RETURN count(r)")
			.fetchAs(Long.class)
			.one()
			.orElseThrow();
	}

	@Test
	void an_admin_restores_a_backup_only_after_confirming_twice() throws Exception {
		try (var context = loggedIn(
				new Browser.NewContextOptions().setViewportSize(1280, 900).setAcceptDownloads(true))) {
			Page page = context.newPage();
			page.navigate(url("/data"));
			byte[] dump = Files.readAllBytes(page.waitForDownload(() -> page.locator("a.export-dump").click()).path());
			this.neo4j.query("""
					MATCH (a:Municipality {code: '0125'}), (b:Municipality {code: '0128'})
					CREATE (a)-[:COOPERATES_WITH {id: randomUUID(), topic: 'unga', confidence: 'explicit',
					                              source: 'Efter kopian'}]->(b)""").run();

			upload(page, "restore-upload", "backup.json", dump);
			assertThat(page.locator(".restore-upload ~ .import-panel .import-summary"))
				.containsText("Databasen blir lika med kopian");
			page.locator("vaadin-button.restore-apply").click();
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Fortsätt")).last().click();
			page.getByLabel("Är du säker?")
				.getByRole(AriaRole.BUTTON, new com.microsoft.playwright.Locator.GetByRoleOptions().setName("Avbryt"))
				.last()
				.click();
			assertThat(page.locator("vaadin-confirm-dialog-overlay[opened]")).hasCount(0);
			org.assertj.core.api.Assertions.assertThat(tiesAddedAfterTheBackup()).isEqualTo(1);

			page.locator("vaadin-button.restore-apply").click();
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Fortsätt")).last().click();
			page.screenshot(
					new Page.ScreenshotOptions().setPath(Path.of("target", "screenshots", "data-restore-confirm.png")));
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Återställ databasen").setExact(true))
				.last()
				.click();
			assertThat(page.locator(".restore-upload ~ .import-panel .import-summary")).containsText("Återställd");
			org.assertj.core.api.Assertions.assertThat(tiesAddedAfterTheBackup()).isZero();
		}
	}

	@Test
	void a_csv_with_a_near_name_asks_for_confirmation_and_then_imports() {
		try (var context = loggedIn(new Browser.NewContextOptions().setViewportSize(1400, 1000))) {
			Page page = context.newPage();
			page.navigate(url("/data"));
			upload(page, "band.csv",
					"från;till;område\nÖsteråkr;Vaxholm;Krisberedskap\n".getBytes(StandardCharsets.UTF_8));
			assertThat(page.locator(".import-problems")).containsText("menade du ”Österåker”");
			assertThat(page.locator("vaadin-button.import-apply")).isHidden();

			page.locator("vaadin-checkbox.import-confirm").click();
			assertThat(page.locator(".import-summary")).containsText("Skapas: 0 organisationer och 1 samband");
			// The list says what will happen to each tie, and the filter narrows it
			assertThat(page.locator(".import-plan-grid")).containsText("Österåker – Vaxholm (krisberedskap)");
			assertThat(page.locator(".import-plan-grid")).containsText("Skapas");
			page.locator("vaadin-select.import-plan-filter").click();
			page.getByRole(com.microsoft.playwright.options.AriaRole.OPTION,
					new Page.GetByRoleOptions().setName("Oförändrad").setExact(true))
				.click();
			// the grid keeps cells of rows no longer shown: its size counts the rows
			page.waitForFunction("() => document.querySelector('.import-plan-grid').size === 0");
			page.screenshot(
					new Page.ScreenshotOptions().setPath(Path.of("target", "screenshots", "data-import-confirm.png")));
			page.locator("vaadin-button.import-apply").click();
			assertThat(page.locator(".import-summary"))
				.containsText("Importerad. Skapade: 0 organisationer och 1 samband");
		}
	}

	@Test
	void a_downloaded_backup_checks_as_unchanged_and_a_broken_file_lists_its_problems() throws Exception {
		try (var context = loggedIn(
				new Browser.NewContextOptions().setViewportSize(1400, 1000).setAcceptDownloads(true))) {
			Page page = context.newPage();
			page.navigate(url("/data"));
			Download backup = page.waitForDownload(() -> page.locator("a.export-dump").click());
			byte[] dump = Files.readAllBytes(backup.path());

			upload(page, "trasig.json",
					"{\"format\": \"samverkanskartan-dump\", \"version\": 2, \"nodes\": [], \"relationships\": [{}]}"
						.getBytes(StandardCharsets.UTF_8));
			assertThat(page.locator(".import-summary")).containsText("Inget har skrivits");
			assertThat(page.locator(".import-problems")).containsText("relationships[0].type");
			assertThat(page.locator(".import-problems")).containsText("trasig.json");
			page.screenshot(
					new Page.ScreenshotOptions().setPath(Path.of("target", "screenshots", "data-import-problems.png")));

			upload(page, "backup.json", dump);
			assertThat(page.locator(".import-summary")).containsText("Skapas: 0 organisationer och 0 samband");
			page.locator("vaadin-button.import-apply").click();
			assertThat(page.locator(".import-summary")).containsText("Importerad");
		}
	}

}
