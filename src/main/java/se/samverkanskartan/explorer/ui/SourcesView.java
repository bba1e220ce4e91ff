package se.samverkanskartan.explorer.ui;

import java.util.List;
import java.util.Optional;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;

import se.samverkanskartan.shell.MainLayout;
import com.vaadin.flow.router.RouterLink;

import se.samverkanskartan.network.NodeId;
import se.samverkanskartan.network.SourceService;
import se.samverkanskartan.network.TieEvidence;

/**
 * "Källor": the evidence behind ties: one tie ({@code ?tie=}), one organisation's
 * ({@code ?organisation=}) or all.
 */
@Route(value = "kallor", layout = MainLayout.class)
@com.vaadin.flow.server.auth.AnonymousAllowed
public class SourcesView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

	private final SourceService sources;

	private final H2 heading = new H2();

	private final Paragraph message = new Paragraph();

	private final Grid<TieEvidence> grid = new Grid<>(TieEvidence.class, false);

	SourcesView(SourceService sources) {
		this.sources = sources;
		setSizeFull();
		this.heading.getStyle().set("font-size", "var(--lumo-font-size-xl)").set("margin", "0");
		this.grid.addColumn(tie -> tie.fromName() + " – " + tie.toName())
			.setHeader(getTranslation("sources.parties"))
			.setSortable(true)
			.setWidth("13rem")
			.setFlexGrow(0);
		this.grid.addColumn(tie -> (tie.topic() != null) ? tie.topic().name(getLocale()) : "")
			.setHeader(getTranslation("sources.topic"))
			.setSortable(true)
			.setWidth("13rem")
			.setFlexGrow(0);
		this.grid.addColumn(tie -> getTranslation("confidence." + tie.confidence()))
			.setHeader(getTranslation("sources.confidence"))
			.setSortable(true)
			.setWidth("13rem")
			.setFlexGrow(0);
		this.grid.addColumn(TieEvidence::section)
			.setHeader(getTranslation("sources.section"))
			.setSortable(true)
			.setWidth("13rem")
			.setFlexGrow(0);
		this.grid.addColumn(tie -> "”" + tie.quote() + "”")
			.setHeader(getTranslation("sources.quote"))
			.setFlexGrow(1)
			.setWidth("24rem");
		this.grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
		this.grid.setSizeFull();
		add(this.heading, this.message, this.grid);
	}

	/** A link that opens this view on one tie's evidence. */
	static RouterLink linkToTie(String text, String tieId) {
		var link = new RouterLink(text, SourcesView.class);
		link.setQueryParameters(QueryParameters.of("tie", tieId));
		link.addClassName("evidence-link");
		return link;
	}

	/**
	 * The same, named for a screen reader by whose tie it is (many links read "källa").
	 */
	static RouterLink linkToTie(String text, String tieId, String accessibleName) {
		var link = linkToTie(text, tieId);
		link.getElement().setAttribute("aria-label", accessibleName);
		return link;
	}

	@Override
	public void beforeEnter(BeforeEnterEvent event) {
		var parameters = event.getLocation().getQueryParameters();
		Optional<String> tie = parameters.getSingleParameter("tie");
		Optional<String> organisation = parameters.getSingleParameter("organisation");
		this.message.setVisible(false);
		if (tie.isPresent()) {
			Optional<TieEvidence> found = this.sources.tie(tie.get());
			show(getTranslation("sources.heading.tie"), found.map(List::of).orElse(List.of()));
			if (found.isEmpty()) {
				showMessage(getTranslation("sources.unknown-tie", tie.get()));
			}
		}
		else if (organisation.isPresent()) {
			try {
				List<TieEvidence> ties = this.sources.evidenceFor(NodeId.parse(organisation.get()));
				show(getTranslation("sources.heading.organisation", nameOf(organisation.get(), ties)), ties);
			}
			catch (IllegalArgumentException ex) {
				show(getTranslation("sources.heading.all"), List.of());
				showMessage(getTranslation("sources.bad-organisation", organisation.get()));
			}
		}
		else {
			show(getTranslation("sources.heading.all"), this.sources.allEvidence());
		}
	}

	private static String nameOf(String organisationId, List<TieEvidence> ties) {
		return ties.stream()
			.findFirst()
			.map(tie -> tie.fromId().equals(organisationId) ? tie.fromName() : tie.toName())
			.orElse(organisationId);
	}

	private void show(String title, List<TieEvidence> ties) {
		this.heading.setText(title);
		this.grid.setItems(ties);
	}

	private void showMessage(String text) {
		this.message.setText(text);
		this.message.getStyle().set("color", "var(--lumo-error-text-color)");
		this.message.setVisible(true);
	}

	@Override
	public String getPageTitle() {
		return getTranslation("sources.title") + " – " + getTranslation("app.title");
	}

}
