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
	void content_outside_the_landmarks_and_a_page_without_a_main_heading_are_violations() {
		try (Playwright playwright = Chromium.playwright(); Browser browser = Chromium.launch(playwright)) {
			Page page = browser.newPage();
			page.setContent("""
					<html lang="sv"><head><title>Prov</title></head><body><p>Utanför</p>
					<main><h2>Prov</h2></main></body></html>""");
			assertThat(Accessibility.violations(page)).anyMatch(violation -> violation.startsWith("region:"))
				.anyMatch(violation -> violation.startsWith("page-has-heading-one:"));
		}
	}

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
					<html lang="sv"><head><title>Prov</title></head><body><main><h1>Prov</h1>
					<img alt="Karta" src="data:image/gif;base64,R0lGODlhAQABAAAAACw=">
					<label>Namn <input type="text"></label></main></body></html>""");
			assertThat(Accessibility.violations(page)).isEmpty();
		}
	}

}
