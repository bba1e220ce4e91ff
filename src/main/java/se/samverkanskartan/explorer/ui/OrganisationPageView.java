package se.samverkanskartan.explorer.ui;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import com.vaadin.flow.server.auth.AnonymousAllowed;

import se.samverkanskartan.explorer.OrganisationProfile;
import se.samverkanskartan.explorer.OrganisationProfiles;
import se.samverkanskartan.network.GraphFilter;
import se.samverkanskartan.network.GraphNode;
import se.samverkanskartan.network.NetworkService;
import se.samverkanskartan.shell.MainLayout;

/**
 * What the map says about one organisation, to read, link and print: {@code /kommun/0136}
 * for a municipality, {@code /organisation/<id>} for any.
 */
@Route(value = "organisation/:id?", layout = MainLayout.class)
@RouteAlias(value = "kommun/:kod", layout = MainLayout.class)
@AnonymousAllowed
public class OrganisationPageView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

	private final OrganisationProfiles profiles;

	private final ComboBox<GraphNode> picker = new ComboBox<>();

	private final Div content = new Div();

	private String title;

	OrganisationPageView(OrganisationProfiles profiles, NetworkService network) {
		this.profiles = profiles;
		addClassNames("page-body", "organisation-page");
		setMaxWidth("56rem");
		this.picker.setLabel(getTranslation("page.choose"));
		this.picker.setItems(network.graph(GraphFilter.EVERYTHING).nodes());
		this.picker.setItemLabelGenerator(GraphNode::name);
		this.picker.setWidth("22rem");
		this.picker.addClassName("organisation-page-picker");
		this.picker.addValueChangeListener(event -> {
			if (event.isFromClient() && event.getValue() != null) {
				getUI().ifPresent(ui -> ui.navigate(path(event.getValue().id())));
			}
		});
		this.content.setWidthFull();
		add(this.picker, this.content);
	}

	/** The page's address for a node id. */
	public static String path(String id) {
		return id.startsWith("municipality:") ? "kommun/" + id.substring("municipality:".length())
				: "organisation/" + URLEncoder.encode(id, StandardCharsets.UTF_8);
	}

	@Override
	public void beforeEnter(BeforeEnterEvent event) {
		var parameters = event.getRouteParameters();
		Optional<String> id = parameters.get("kod").map(code -> "municipality:" + code).or(() -> parameters.get("id"));
		this.content.removeAll();
		this.title = getTranslation("page.title-none");
		if (id.isEmpty()) {
			this.content.add(new Paragraph(getTranslation("page.none")));
			return;
		}
		Optional<OrganisationProfile> profile = this.profiles.find(id.get(), getLocale());
		if (profile.isEmpty()) {
			var unknown = new Paragraph(getTranslation("page.unknown", id.get()));
			unknown.addClassName("page-unknown");
			this.content.add(unknown);
			return;
		}
		show(profile.get());
	}

	private void show(OrganisationProfile profile) {
		var node = profile.details().node();
		this.title = node.name();
		this.picker.setValue(this.picker.getListDataView()
			.getItems()
			.filter(item -> item.id().equals(node.id()))
			.findFirst()
			.orElse(null));
		var kind = new Span(getTranslation("kind." + node.kind().slug()));
		kind.getElement().getThemeList().add("badge");
		var print = new Button(getTranslation("page.print"), VaadinIcon.PRINT.create(),
				click -> getElement().executeJs("window.print()"));
		print.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
		print.addClassName("page-print");
		String encoded = URLEncoder.encode(node.id(), StandardCharsets.UTF_8);
		var links = new Div(new Anchor("?selected=" + encoded, getTranslation("page.in-network")), new Span(" · "),
				new Anchor("partner?organisation=" + encoded, getTranslation("page.find-partners")), new Span(" · "),
				print);
		links.addClassName("page-links");
		var facts = new Div();
		FactLines.of(this, profile.details().facts(), getLocale()).forEach(line -> facts.add(new Paragraph(line)));
		this.content.add(new H2(node.name()), kind, links, facts);
		new OrganisationPageSections(this.content, getLocale()).addAll(profile);
	}

	@Override
	public String getPageTitle() {
		return this.title + " – " + getTranslation("app.title");
	}

}
