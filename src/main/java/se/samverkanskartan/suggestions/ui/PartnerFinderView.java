package se.samverkanskartan.suggestions.ui;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;

import se.samverkanskartan.network.GraphNode;
import se.samverkanskartan.network.NetworkService;
import se.samverkanskartan.network.NodeKind;
import se.samverkanskartan.network.Topic;
import se.samverkanskartan.shell.MainLayout;
import se.samverkanskartan.suggestions.Suggestion;
import se.samverkanskartan.suggestions.SuggestionExport;
import se.samverkanskartan.suggestions.SuggestionService;

/**
 * For one organisation and a topic: ranked partner municipalities and actors with
 * reasons, those already cooperating marked; downloadable as CSV and XLSX.
 */
@Route(value = "partner", layout = MainLayout.class)
@com.vaadin.flow.server.auth.AnonymousAllowed
public class PartnerFinderView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

	static final int SHOWN = 30;

	private static final List<String> KINDS = List.of("", NodeKind.MUNICIPALITY.slug(), NodeKind.CITY_DISTRICT.slug(),
			NodeKind.ACTOR.slug());

	private final SuggestionService suggestions;

	private final SuggestionExport export;

	private final List<Topic> topics;

	private final ComboBox<GraphNode> organisation;

	private final ComboBox<Topic> topic;

	/** The candidates' kind: "" for all, else a kind's slug. */
	private final RadioButtonGroup<String> kind = new RadioButtonGroup<>();

	private final SuggestionGrid grid = new SuggestionGrid(false);

	private final Paragraph hint = new Paragraph();

	private final HorizontalLayout downloads = new HorizontalLayout();

	private List<Suggestion> shown = List.of();

	PartnerFinderView(SuggestionService suggestions, SuggestionExport export, NetworkService network) {
		this.suggestions = suggestions;
		this.export = export;
		this.topics = network.topics();
		addClassName("page-body");
		setSizeFull();
		this.organisation = Pickers.organisation(network, getTranslation("partners.organisation"));
		this.organisation.setRequiredIndicatorVisible(true);
		this.topic = Pickers.topic(network, getTranslation("partners.topic"));
		this.kind.setLabel(getTranslation("partners.kind"));
		this.kind.setItems(KINDS);
		this.kind.setItemLabelGenerator(
				slug -> getTranslation(slug.isEmpty() ? "partners.kind-all" : "partners.kind." + slug));
		this.kind.setValue("");
		this.kind.addClassName("partner-kind");
		this.organisation.addValueChangeListener(event -> changed(event.isFromClient()));
		this.topic.addValueChangeListener(event -> changed(event.isFromClient()));
		this.kind.addValueChangeListener(event -> changed(event.isFromClient()));
		this.hint.addClassName("partner-hint");
		this.downloads.add(download("csv", "text/csv;charset=UTF-8", rows -> this.export.csv(rows, getLocale())),
				download("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
						rows -> this.export.xlsx(rows, getLocale())));
		var controls = new HorizontalLayout(this.organisation, this.topic, this.kind, this.downloads);
		controls.setAlignItems(Alignment.BASELINE);
		controls.setWrap(true);
		add(new H2(getTranslation("partners.title")),
				new Paragraph(new com.vaadin.flow.component.html.Span(getTranslation("partners.intro") + " "),
						new se.samverkanskartan.shell.WordHelp("belagg", "help.ask.partners")),
				controls, this.hint, this.grid);
		setFlexGrow(1, this.grid);
	}

	@Override
	public void beforeEnter(BeforeEnterEvent event) {
		List<String> unknown = new java.util.ArrayList<>(Pickers.chooseFromQuery(event, this.organisation, this.topic));
		String wanted = event.getLocation().getQueryParameters().getSingleParameter("kind").orElse("");
		this.kind.setValue(KINDS.contains(wanted) ? wanted : "");
		if (!KINDS.contains(wanted)) {
			unknown.add("kind");
		}
		Pickers.warnUnknown(this, unknown);
		refresh();
	}

	/** A choice in the page goes into the address, which then draws the list. */
	private void changed(boolean fromClient) {
		if (fromClient) {
			Map<String, List<String>> query = Pickers.toQuery(this.organisation, this.topic);
			if (!this.kind.getValue().isEmpty()) {
				query.put("kind", List.of(this.kind.getValue()));
			}
			Pickers.go(PartnerFinderView.class, query);
		}
	}

	private void refresh() {
		GraphNode from = this.organisation.getValue();
		this.downloads.setVisible(from != null);
		if (from == null) {
			this.shown = List.of();
			this.hint.setText(getTranslation("partners.choose"));
		}
		else {
			String slug = (this.topic.getValue() == null) ? null : this.topic.getValue().slug();
			Set<NodeKind> kinds = this.kind.getValue().isEmpty() ? Set.of()
					: Set.of(NodeKind.ofSlug(this.kind.getValue()));
			this.shown = this.suggestions.partners(from.id(), slug, kinds, SHOWN, getLocale());
			long already = this.shown.stream().filter(Suggestion::alreadyCooperating).count();
			boolean tied = this.shown.stream().anyMatch(Suggestion::tied);
			this.hint.setText(getTranslation("partners.found", this.shown.size(), already)
					+ (tied ? " " + getTranslation("partners.tied-rule") : ""));
		}
		this.grid.setItems(this.shown);
	}

	private Anchor download(String extension, String contentType, Function<List<Suggestion>, byte[]> writer) {
		var anchor = new Anchor(DownloadHandler.fromInputStream(event -> {
			byte[] bytes = writer.apply(this.shown);
			return new DownloadResponse(new ByteArrayInputStream(bytes), fileName(extension), contentType,
					bytes.length);
		}), getTranslation("partners.download", extension.toUpperCase(java.util.Locale.ROOT)));
		anchor.addClassName("download-" + extension);
		return anchor;
	}

	private String fileName(String extension) {
		String name = (this.organisation.getValue() == null) ? "partner" : this.organisation.getValue().name();
		// Only letters, digits and dashes in file names
		return getTranslation("partners.file") + "-" + name.replaceAll("[^\\p{L}\\p{N}]+", "-") + "." + extension;
	}

	@Override
	public String getPageTitle() {
		return getTranslation("partners.title") + " – " + getTranslation("app.title");
	}

}
