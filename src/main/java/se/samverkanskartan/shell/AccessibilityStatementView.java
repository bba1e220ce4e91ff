package se.samverkanskartan.shell;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.springframework.beans.factory.annotation.Value;

/**
 * "Tillgänglighetsredogörelse": how the app meets the law on accessible public digital
 * services, in the structure DIGG prescribes; open to everyone, logged in or not.
 */
@Route(value = "tillganglighet", layout = MainLayout.class)
@AnonymousAllowed
@PublicPage
public class AccessibilityStatementView extends VerticalLayout implements HasDynamicTitle {

	static final String DIGG_REPORT = "https://www.digg.se/tdosanmalan";

	AccessibilityStatementView(@Value("${samverkanskartan.contact-email:}") String contactEmail) {
		addClassName("text-page");
		setMaxWidth("48rem");
		add(new H2(getTranslation("statement.title")));
		add(new Paragraph(getTranslation("statement.intro")));
		add(TextSections.section(this, "statement.how", "text", "item1", "item2", "item3"));
		var contact = TextSections.section(this, "statement.contact", "text");
		contact.add(contactEmail.isBlank() ? new Paragraph(getTranslation("statement.contact.none"))
				: new Paragraph(new Anchor("mailto:" + contactEmail, contactEmail)));
		add(contact);
		var supervision = TextSections.section(this, "statement.supervision", "text");
		supervision.add(new Paragraph(new Anchor(DIGG_REPORT, getTranslation("statement.supervision.link"))));
		add(supervision);
		add(TextSections.section(this, "statement.technical", "text"));
		add(TextSections.section(this, "statement.gaps", "text", "item1", "item2", "item3"));
		add(TextSections.section(this, "statement.tested", "text", "text2"));
	}

	@Override
	public String getPageTitle() {
		return getTranslation("statement.title") + " – " + getTranslation("app.title");
	}

}
