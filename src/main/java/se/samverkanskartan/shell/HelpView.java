package se.samverkanskartan.shell;

import java.util.List;

import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/**
 * "Så använder du kartan": the app on one page for someone who meets it once a year, and
 * the words it uses. {@code ?ord=<term>} brings a word of the glossary into view.
 */
@Route(value = "hjalp", layout = MainLayout.class)
@AnonymousAllowed
@PublicPage
public class HelpView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

	/**
	 * The glossary's words, as in {@code ?ord=} and the keys {@code help.term.<word>}.
	 */
	public static final List<String> TERMS = List.of("tema", "samband", "belagg", "forum", "behov", "nav",
			"ego-natverk", "kluster", "modularitet", "fro", "rand-index", "centralitet", "kartlaggning");

	private final DescriptionList glossary = new DescriptionList();

	HelpView() {
		addClassName("text-page");
		setMaxWidth("48rem");
		add(new H2(getTranslation("help.title")), new Paragraph(getTranslation("help.intro")));
		add(TextSections.section(this, "help.explore", "text", "item1", "item2", "item3", "item4"));
		add(TextSections.section(this, "help.organisation", "text", "item1", "item2", "item3"));
		add(TextSections.section(this, "help.partners", "text", "text2"));
		add(TextSections.section(this, "help.analysis", "text"));
		add(TextSections.section(this, "help.keyboard", "item1", "item2", "item3", "item4"));
		add(TextSections.section(this, "help.data", "text"));
		this.glossary.addClassName("glossary");
		TERMS.forEach(term -> {
			var word = new DescriptionList.Term(getTranslation("help.term." + term));
			word.setId("ord-" + term);
			this.glossary.add(word, new DescriptionList.Description(getTranslation("help.term." + term + ".text")));
		});
		var words = new Section(new H3(getTranslation("help.words.title")), this.glossary);
		words.setId("ordlista");
		add(words);
	}

	@Override
	public void beforeEnter(BeforeEnterEvent event) {
		event.getLocation().getQueryParameters().getSingleParameter("ord").filter(TERMS::contains).ifPresent(term -> {
			this.glossary.getChildren()
				.filter(child -> ("ord-" + term).equals(child.getId().orElse("")))
				.findFirst()
				.ifPresent(word -> {
					word.addClassName("asked");
					word.scrollIntoView();
				});
		});
	}

	@Override
	public String getPageTitle() {
		return getTranslation("help.title") + " – " + getTranslation("app.title");
	}

}
