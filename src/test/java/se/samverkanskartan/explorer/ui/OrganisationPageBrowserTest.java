package se.samverkanskartan.explorer.ui;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.Media;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import se.samverkanskartan.Accessibility;
import se.samverkanskartan.BrowserTest;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The page that says what the map knows about one municipality: reached from the side
 * panel, linkable, and printed on A4 without the app's frame.
 */
class OrganisationPageBrowserTest extends BrowserTest {

	@Test
	void haninges_page_from_the_side_panel_shows_its_ties_with_botkyrka_and_huddinge_on_violent_extremism_with_evidence()
			throws Exception {
		try (var context = loggedIn(new Browser.NewContextOptions().setViewportSize(1280, 900))) {
			Page page = context.newPage();
			page.navigate(url("/?selected=municipality:0136"));
			page.waitForSelector("network-graph[data-ready]");
			page.locator(".node-details a.organisation-page-link").click();

			assertThat(page).hasURL(url("/kommun/0136"));
			assertThat(page.locator(".organisation-page h2").first()).hasText("Haninge");
			var extremism = page.locator("#cooperation > div")
				.filter(new com.microsoft.playwright.Locator.FilterOptions()
					.setHas(page.locator("h4", new Page.LocatorOptions().setHasText("Våldsbejakande extremism"))));
			assertThat(extremism.locator("li")).hasCount(2);
			assertThat(extremism).containsText("Botkyrka");
			assertThat(extremism).containsText("Huddinge");
			assertThat(extremism.locator(".evidence-quote").first())
				.containsText("Haninge lyfter samverkan med Botkyrka och Huddinge");
			assertThat(extremism.locator("a.evidence-link").first()).hasAttribute("aria-label",
					java.util.regex.Pattern.compile("källa: Haninge–(Botkyrka|Huddinge)"));
			assertThat(page.locator("#gaps")).isVisible();
			assertThat(page.locator("#sources a")).hasAttribute("href", "kallor?organisation=municipality%3A0136");
			assertThat(Accessibility.violations(page)).isEmpty();

			// A partner's name leads to its own page
			extremism.locator("li a").getByText("Botkyrka").click();
			assertThat(page).hasURL(url("/kommun/0127"));
			assertThat(page.locator(".organisation-page h2").first()).hasText("Botkyrka");
		}
	}

	@Test
	void the_page_prints_on_a4_with_the_organisation_and_without_the_menu_or_footer() throws Exception {
		try (var context = loggedIn(new Browser.NewContextOptions().setViewportSize(1280, 900))) {
			Page page = context.newPage();
			page.navigate(url("/kommun/0136"));
			page.waitForSelector("#cooperation");
			page.emulateMedia(new Page.EmulateMediaOptions().setMedia(Media.PRINT));
			assertThat(page.locator("header.app-header")).isHidden();
			byte[] pdf = page.pdf(new Page.PdfOptions().setPreferCSSPageSize(true));
			try (PDDocument document = Loader.loadPDF(pdf)) {
				var size = document.getPage(0).getMediaBox();
				assertThat(size.getWidth()).isCloseTo(595f, org.assertj.core.data.Offset.offset(2f));
				assertThat(size.getHeight()).isCloseTo(842f, org.assertj.core.data.Offset.offset(2f));
				String text = new PDFTextStripper().getText(document);
				assertThat(text).contains("Haninge", "Samverkan per tema", "Botkyrka", "Huddinge")
					.doesNotContain("Tillgänglighetsredogörelse", "Kluster och nyckelaktörer");
			}
		}
	}

	@Test
	void an_unknown_organisation_in_the_address_is_named_in_a_message() {
		try (var context = loggedIn(new Browser.NewContextOptions().setViewportSize(1280, 900))) {
			Page page = context.newPage();
			page.navigate(url("/organisation/actor:finns-inte"));
			assertThat(page.locator(".page-unknown")).containsText("actor:finns-inte");
			page.navigate(url("/kommun/9999"));
			assertThat(page.locator(".page-unknown")).containsText("municipality:9999");
		}
	}

}
