package se.samverkanskartan;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The accessibility check finds what it should, so that an empty result means something.
 */
class AccessibilityTest {

	@Test
	void an_image_without_text_and_an_unlabelled_field_are_violations_and_a_labelled_page_has_none() {
		try (Playwright playwright = Chromium.playwright(); Browser browser = Chromium.launch(playwright)) {
			Page page = browser.newPage();
			page.setContent("""
					<html lang="sv"><head><title>Prov</title></head><body><main>
					<img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=">
					<input type="text"></main></body></html>""");
			assertThat(Accessibility.violations(page)).anyMatch(violation -> violation.startsWith("image-alt:"))
				.anyMatch(violation -> violation.startsWith("label:"));

			page.setContent("""
					<html lang="sv"><head><title>Prov</title></head><body><main>
					<img alt="Karta" src="data:image/gif;base64,R0lGODlhAQABAAAAACw=">
					<label>Namn <input type="text"></label></main></body></html>""");
			assertThat(Accessibility.violations(page)).isEmpty();
		}
	}

}
