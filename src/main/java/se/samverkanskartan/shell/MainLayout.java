package se.samverkanskartan.shell;

import java.util.List;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.spring.security.AuthenticationContext;
import org.springframework.beans.factory.annotation.Value;

/** The frame around every view: the title, the navigation and the language choice. */
@com.vaadin.flow.server.auth.AnonymousAllowed
public class MainLayout extends AppLayout implements AfterNavigationObserver {

	/** Route path and translation key of each page in the bar, in menu order. */
	private static final List<String[]> PAGES = List.of(new String[] { "", "nav.network" },
			new String[] { "vyer", "nav.saved" }, new String[] { "analys", "nav.analysis" },
			new String[] { "forslag", "nav.suggestions" }, new String[] { "partner", "nav.partners" },
			new String[] { "data", "nav.data" });

	/** The pages used less often, under "Mer". */
	private static final List<String[]> MORE = List.of(new String[] { "om-underlaget", "nav.about" },
			new String[] { "kallor", "nav.sources" }, new String[] { "historik", "nav.history" },
			new String[] { "omraden", "nav.topics" }, new String[] { "diagnostik", "nav.diagnostics" },
			new String[] { "resultat", "nav.results" });

	private final List<Anchor> links;

	MainLayout(AuthenticationContext authentication,
			@Value("${samverkanskartan.status.check-seconds:10}") int statusCheckSeconds) {
		var title = new H1(getTranslation("app.title"));
		title.getStyle().set("font-size", "var(--lumo-font-size-l)").set("margin", "0");

		var language = new LanguageSelect();

		this.links = PAGES.stream().map(page -> {
			var link = new Anchor(page[0].isEmpty() ? "." : page[0], getTranslation(page[1]));
			link.getElement().setAttribute("router-link", true);
			link.getElement().setAttribute("data-route", page[0]);
			return link;
		}).toList();
		var nav = new HorizontalLayout();
		this.links.forEach(nav::add);
		nav.getElement().setAttribute("role", "navigation");
		nav.addClassName("main-nav");
		var more = new MenuBar();
		more.addThemeVariants(MenuBarVariant.LUMO_TERTIARY, MenuBarVariant.LUMO_SMALL);
		more.addClassName("more-menu");
		var items = more.addItem(getTranslation("nav.more")).getSubMenu();
		MORE.forEach(page -> items.addItem(getTranslation(page[1]), event -> UI.getCurrent().navigate(page[0])));
		if (authentication.hasRole("EDITOR") || authentication.hasRole("ADMIN")) {
			items.addItem(getTranslation("nav.rounds"), event -> UI.getCurrent().navigate("kartlaggning"));
			items.addItem(getTranslation("nav.review"), event -> UI.getCurrent().navigate("granskning"));
		}
		if (authentication.hasRole("ADMIN")) {
			items.addItem(getTranslation("nav.users"), event -> UI.getCurrent().navigate("anvandare"));
		}
		authentication.getPrincipalName().ifPresent(name -> {
			items.addItem(getTranslation("nav.account"), event -> UI.getCurrent().navigate("konto"))
				.addClassName("account");
			items.addSeparator();
			items.addItem(getTranslation("nav.logout-as", name), event -> authentication.logout())
				.addClassName("logout");
		});
		nav.add(more);
		var bar = new HorizontalLayout(title, nav, language);
		bar.setWidthFull();
		bar.setAlignItems(Alignment.CENTER);
		bar.expand(title);
		bar.getStyle().set("padding", "0 var(--lumo-space-m)");
		addToNavbar(bar, new DatabaseStatusBanner(statusCheckSeconds));
		setDrawerOpened(false);
	}

	@Override
	public void afterNavigation(AfterNavigationEvent event) {
		String path = event.getLocation().getFirstSegment();
		this.links.forEach(link -> {
			boolean current = path.equals(link.getElement().getAttribute("data-route"));
			link.getElement().setAttribute("highlight", current);
			if (current) {
				link.getElement().setAttribute("aria-current", "page");
			}
			else {
				link.getElement().removeAttribute("aria-current");
			}
		});
	}

}
