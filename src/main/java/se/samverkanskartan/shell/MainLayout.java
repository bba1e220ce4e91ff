package se.samverkanskartan.shell;

import java.util.ArrayList;
import java.util.List;

import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarVariant;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.spring.security.AuthenticationContext;
import org.springframework.beans.factory.annotation.Value;

/**
 * The frame around every view: a header with a skip link, the title, the navigation and
 * the language choice; the view as the page's main content; a footer with the
 * accessibility statement and the help. In a narrow window the navigation folds into a
 * drawer (styles.css decides which of the two is shown).
 */
@com.vaadin.flow.server.auth.AnonymousAllowed
public class MainLayout extends AppLayout implements AfterNavigationObserver {

	static final String MAIN_ID = "innehall";

	private final Main main = new Main();

	private final List<Anchor> links = new ArrayList<>();

	MainLayout(AuthenticationContext authentication,
			@Value("${samverkanskartan.status.check-seconds:10}") int statusCheckSeconds) {
		var title = new H1(new Anchor(".", getTranslation("app.title")));
		title.addClassName("app-title");
		List<SiteMenu.Entry> more = SiteMenu.more(authentication);

		var nav = new Nav();
		nav.addClassName("main-nav");
		nav.getElement().setAttribute("aria-label", getTranslation("nav.main"));
		SiteMenu.PRIMARY.forEach(page -> nav.add(link(page)));
		var moreMenu = new MenuBar();
		moreMenu.addThemeVariants(MenuBarVariant.LUMO_TERTIARY, MenuBarVariant.LUMO_SMALL);
		moreMenu.addClassName("more-menu");
		var items = moreMenu.addItem(getTranslation("nav.more")).getSubMenu();
		more.forEach(page -> items.addItem(getTranslation(page.key()), event -> UI.getCurrent().navigate(page.path()))
			.addClassName("menu-" + (page.path().isEmpty() ? "start" : page.path())));
		authentication.getPrincipalName().ifPresent(name -> {
			items.addSeparator();
			items.addItem(getTranslation("nav.logout-as", name), event -> authentication.logout())
				.addClassName("logout");
		});
		nav.add(moreMenu);

		var toggle = new DrawerToggle();
		toggle.addClassName("menu-toggle");
		toggle.setAriaLabel(getTranslation("nav.open-menu"));
		var header = new Header(skipLink(), toggle, title, nav, new LanguageSelect());
		header.addClassName("app-header");
		addToNavbar(header, new DatabaseStatusBanner(statusCheckSeconds));
		addToDrawer(drawerMenu(more, authentication));
		setDrawerOpened(false);

		this.main.setId(MAIN_ID);
		// Focusable: the skip link leads here, and the keyboard scrolls it
		this.main.getElement().setAttribute("tabindex", "0");
		var frame = new Div(this.main, new SiteFooter(true));
		frame.addClassName("page-frame");
		setContent(frame);
	}

	/** Moves the keyboard past the header to the page's own content. */
	private Anchor skipLink() {
		var skip = new Anchor("#" + MAIN_ID, getTranslation("nav.skip"));
		skip.addClassName("skip-link");
		// The app's <base> would make "#innehall" a link to the start page
		skip.getElement()
			.executeJs("this.addEventListener('click', e => { e.preventDefault();"
					+ " document.getElementById($0).focus(); })", MAIN_ID);
		return skip;
	}

	private Nav drawerMenu(List<SiteMenu.Entry> more, AuthenticationContext authentication) {
		var menu = new Nav();
		menu.addClassName("drawer-nav");
		menu.getElement().setAttribute("aria-label", getTranslation("nav.main"));
		SiteMenu.PRIMARY.forEach(page -> menu.add(link(page)));
		more.forEach(page -> menu.add(link(page)));
		authentication.getPrincipalName().ifPresent(name -> {
			var logout = new Button(getTranslation("nav.logout-as", name), click -> authentication.logout());
			logout.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
			menu.add(logout);
		});
		return menu;
	}

	private Anchor link(SiteMenu.Entry page) {
		var link = new Anchor(page.path().isEmpty() ? "." : page.path(), getTranslation(page.key()));
		link.getElement().setAttribute("router-link", true);
		link.getElement().setAttribute("data-route", page.path());
		this.links.add(link);
		return link;
	}

	@Override
	public void showRouterLayoutContent(HasElement content) {
		this.main.getElement().removeAllChildren();
		if (content != null) {
			this.main.getElement().appendChild(content.getElement());
		}
	}

	@Override
	public void removeRouterLayoutContent(HasElement oldContent) {
		this.main.getElement().removeAllChildren();
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
		setDrawerOpened(false);
	}

}
