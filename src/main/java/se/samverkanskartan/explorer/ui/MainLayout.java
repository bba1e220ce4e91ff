package se.samverkanskartan.explorer.ui;

import java.util.Locale;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.dependency.CssImport;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HighlightConditions;
import com.vaadin.flow.router.RouterLink;

import se.samverkanskartan.infrastructure.TranslationProvider;
import se.samverkanskartan.infrastructure.UiLocale;

/** The frame around every view: the title and the language choice. */
@CssImport("./styles.css")
public class MainLayout extends AppLayout {

	private RouterLink link(String key, Class<? extends Component> view) {
		var link = new RouterLink(getTranslation(key), view);
		link.setHighlightCondition(HighlightConditions.sameLocation());
		return link;
	}

	MainLayout() {
		var title = new H1(getTranslation("app.title"));
		title.getStyle().set("font-size", "var(--lumo-font-size-l)").set("margin", "0");

		var language = new Select<Locale>();
		language.setItems(TranslationProvider.SWEDISH, TranslationProvider.ENGLISH);
		language.setItemLabelGenerator(locale -> getTranslation("language." + locale.getLanguage()));
		language.setValue(UiLocale.current());
		language.setAriaLabel(getTranslation("language.choose"));
		language.setWidth("9em");
		language.addClassName("language-select");
		language.addValueChangeListener(event -> {
			if (event.isFromClient()) {
				UiLocale.choose(event.getValue());
				UI.getCurrent().getPage().reload();
			}
		});

		var nav = new HorizontalLayout(link("nav.network", ExplorerView.class), link("nav.about", AboutView.class),
				link("nav.sources", SourcesView.class));
		nav.getElement().setAttribute("role", "navigation");
		var bar = new HorizontalLayout(title, nav, language);
		bar.setWidthFull();
		bar.setAlignItems(Alignment.CENTER);
		bar.expand(title);
		bar.getStyle().set("padding", "0 var(--lumo-space-m)");
		addToNavbar(bar);
		setDrawerOpened(false);
	}

}
