package se.samverkanskartan.survey.ui;

import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;

/** What a person does in the survey pages, for the browser tests. */
public final class SurveyPages {

	private SurveyPages() {
	}

	/** Waits until the server has answered every call the page made. */
	public static void settle(Page page) {
		page.waitForFunction("() => Object.values(window.Vaadin.Flow.clients).every(c => !c.isActive())");
	}

	/** Types into the combo box with this class and clicks the item shown. */
	public static void pick(Page page, String comboClass, String item) {
		Locator input = page.locator("." + comboClass + " input");
		input.click();
		input.fill(item);
		Locator option = page.locator("vaadin-multi-select-combo-box-item:visible, vaadin-combo-box-item:visible")
			.filter(new Locator.FilterOptions().setHasText(item))
			.first();
		option.waitFor();
		option.click();
		input.press("Escape");
		settle(page);
	}

	/** Types into a combo box and takes the first hit with the keyboard. */
	static void choose(Page page, Locator combo, String text, String expected) {
		Locator input = combo.locator("input");
		input.click();
		input.pressSequentially(text);
		page.locator("vaadin-combo-box-item:visible, vaadin-multi-select-combo-box-item:visible")
			.filter(new Locator.FilterOptions().setHasText(expected))
			.first()
			.waitFor();
		input.press("ArrowDown");
		input.press("Enter");
		if ("VAADIN-MULTI-SELECT-COMBO-BOX".equals(combo.evaluate("element => element.tagName"))) {
			// It stays open for more: the first Escape clears the filter, the second
			// closes
			input.press("Escape");
			input.press("Escape");
		}
		settle(page);
	}

	/**
	 * The card of the partner with exactly this name (no regular expression characters).
	 */
	static Locator card(Page page, String name) {
		return page.locator(".partner-card")
			.filter(new Locator.FilterOptions()
				.setHas(page.locator("h3", new Page.LocatorOptions().setHasText(Pattern.compile("^" + name + "$")))));
	}

	/**
	 * In the open form of a new round: names it, asks these organisations instead of the
	 * default ones, and creates it.
	 */
	static void createRound(Page page, String name, java.util.List<String> organisations) {
		page.locator(".round-form vaadin-text-field input").fill(name);
		page.locator("vaadin-multi-select-combo-box.round-organisations [part~='clear-button']").click();
		for (String organisation : organisations) {
			pick(page, "round-organisations", organisation);
		}
		page.locator(".round-create").click();
		settle(page);
	}

}
