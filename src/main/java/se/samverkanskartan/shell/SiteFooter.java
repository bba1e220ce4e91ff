package se.samverkanskartan.shell;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Footer;

/** Every page's footer: the accessibility statement and the help, open to anyone. */
public class SiteFooter extends Footer {

	public SiteFooter(boolean withAbout) {
		addClassName("app-footer");
		add(link("tillganglighet", "nav.accessibility"), link("hjalp", "nav.help"));
		if (withAbout) {
			add(link("om-underlaget", "nav.about"));
		}
	}

	private Anchor link(String path, String key) {
		var link = new Anchor(path, getTranslation(key));
		link.getElement().setAttribute("router-link", true);
		return link;
	}

}
