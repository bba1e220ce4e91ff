package se.samverkanskartan.survey.ui;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.server.auth.AnonymousAllowed;

import se.samverkanskartan.shell.PublicPage;

/**
 * "Länken gäller inte", with status 404, for any link that opens no form: it tells
 * neither whether the link ever existed nor whose it was.
 */
@AnonymousAllowed
@PublicPage
public class LinkNotValidView extends VerticalLayout implements HasErrorParameter<LinkNotValidException> {

	LinkNotValidView() {
		addClassName("link-not-valid");
		setMaxWidth("40rem");
		getStyle().set("margin", "0 auto");
		add(new com.vaadin.flow.component.html.Main(new H1(getTranslation("respond.invalid.title")),
				new Paragraph(getTranslation("respond.invalid.text"))),
				new se.samverkanskartan.shell.SiteFooter(false));
	}

	@Override
	public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<LinkNotValidException> parameter) {
		return 404;
	}

}
