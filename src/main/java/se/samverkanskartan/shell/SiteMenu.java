package se.samverkanskartan.shell;

import java.util.ArrayList;
import java.util.List;

import com.vaadin.flow.spring.security.AuthenticationContext;

/** The app's pages in menu order, as the signed-in user may see them. */
final class SiteMenu {

	/** A page: its route path and the translation key of its name. */
	record Entry(String path, String key) {
	}

	/** The pages in the bar. */
	static final List<Entry> PRIMARY = List.of(new Entry("", "nav.network"), new Entry("vyer", "nav.saved"),
			new Entry("analys", "nav.analysis"), new Entry("forslag", "nav.suggestions"),
			new Entry("partner", "nav.partners"), new Entry("data", "nav.data"));

	private static final List<Entry> MORE = List.of(new Entry("hjalp", "nav.help"),
			new Entry("om-underlaget", "nav.about"), new Entry("kallor", "nav.sources"),
			new Entry("historik", "nav.history"), new Entry("omraden", "nav.topics"),
			new Entry("diagnostik", "nav.diagnostics"), new Entry("resultat", "nav.results"));

	private SiteMenu() {
	}

	/** The pages used less often, under "Mer", with those the user's role allows. */
	static List<Entry> more(AuthenticationContext authentication) {
		List<Entry> more = new ArrayList<>(MORE);
		if (authentication.hasRole("EDITOR") || authentication.hasRole("ADMIN")) {
			more.add(new Entry("kartlaggning", "nav.rounds"));
			more.add(new Entry("granskning", "nav.review"));
		}
		if (authentication.hasRole("ADMIN")) {
			more.add(new Entry("anvandare", "nav.users"));
		}
		if (authentication.getPrincipalName().isPresent()) {
			more.add(new Entry("konto", "nav.account"));
		}
		return more;
	}

}
