package se.samverkanskartan.shell;

import com.vaadin.flow.component.html.Anchor;

/** "Vad betyder …?": a link to the word's explanation in the help's glossary. */
public class WordHelp extends Anchor {

	/**
	 * @param term one of {@link HelpView#TERMS}
	 * @param questionKey the bundle key of the question, e.g. "Vad betyder modularitet?"
	 */
	public WordHelp(String term, String questionKey) {
		if (!HelpView.TERMS.contains(term)) {
			throw new IllegalArgumentException("Not a word of the glossary: " + term);
		}
		setHref("hjalp?ord=" + term);
		setText(getTranslation(questionKey));
		addClassName("word-help");
		getElement().setAttribute("router-link", true);
	}

}
