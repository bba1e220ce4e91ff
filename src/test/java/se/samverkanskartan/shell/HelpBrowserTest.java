package se.samverkanskartan.shell;

import java.util.List;
import java.util.Map;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;

import se.samverkanskartan.BrowserTest;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Help where the words are technical: the glossary behind "Vad betyder …?" and tooltips.
 */
class HelpBrowserTest extends BrowserTest {

	@Test
	void what_does_it_mean_on_the_analysis_page_leads_to_the_word_in_the_glossary() {
		try (var context = loggedIn(new Browser.NewContextOptions().setViewportSize(1280, 720))) {
			Page page = context.newPage();
			page.navigate(url("/analys"));
			page.locator("a.word-help").click();
			assertThat(page).hasURL(url("/hjalp?ord=modularitet"));
			assertThat(page.locator("dt#ord-modularitet")).hasClass(java.util.regex.Pattern.compile("asked"));
			assertThat(page.locator("dt#ord-modularitet")).isInViewport();
			assertThat(page.locator("dt#ord-modularitet + dd")).containsText("kluster");
		}
	}

	@Test
	void every_filter_of_the_explorer_has_a_tooltip_that_says_more_than_its_label() {
		try (var context = loggedIn(new Browser.NewContextOptions().setViewportSize(1440, 900))) {
			Page page = context.newPage();
			page.navigate(url("/"));
			page.waitForSelector("network-graph[data-ready]");
			@SuppressWarnings("unchecked")
			var filters = (List<Map<String, Object>>) page.evaluate(
					"""
							() => [...document.querySelectorAll('.filter-bar vaadin-multi-select-combo-box, .filter-bar vaadin-select,'
							    + ' .filter-bar vaadin-checkbox, .filter-bar vaadin-date-picker')]
							  .filter(control => control.offsetParent !== null)
							.map(control => ({ name: control.className, label: control.placeholder || control.label || control.ariaLabel || '',
							    tip: control.querySelector(':scope > vaadin-tooltip')?.text || '' }))""");
			assertThat(filters).hasSizeGreaterThan(8);
			assertThat(filters).allSatisfy(filter -> assertThat((String) filter.get("tip")).as("tooltip of %s", filter)
				.isNotBlank()
				.isNotEqualTo(filter.get("label")));
		}
	}

}
