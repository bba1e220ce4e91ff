package se.samverkanskartan.analysis.ui;

import java.text.NumberFormat;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;

import se.samverkanskartan.accounts.CurrentUser;
import se.samverkanskartan.accounts.Role;
import se.samverkanskartan.analysis.AnalysisService;
import se.samverkanskartan.analysis.ClusterRequest;
import se.samverkanskartan.analysis.Clusters;
import se.samverkanskartan.network.NetworkService;
import se.samverkanskartan.network.NodeKind;
import se.samverkanskartan.network.Topic;
import se.samverkanskartan.shell.MainLayout;

/**
 * Clusters with their names and stability, the comparison with the declared groupings,
 * and the brokers and topic gaps.
 */
@Route(value = "analys", layout = MainLayout.class)
@com.vaadin.flow.server.auth.AnonymousAllowed
public class AnalysisView extends VerticalLayout implements HasDynamicTitle {

	private final AnalysisService analysis;

	private final MultiSelectComboBox<NodeKind> kinds = new MultiSelectComboBox<>();

	private final MultiSelectComboBox<Topic> topics = new MultiSelectComboBox<>();

	private final NumberField resolution = new NumberField();

	private final IntegerField seed = new IntegerField();

	private final Checkbox borders = new Checkbox();

	private final Paragraph summary = new Paragraph();

	private final Anchor inExplorer = new Anchor();

	private final ClusterList clusterList;

	private final ComparisonTable comparison = new ComparisonTable();

	private final CentralitySection centrality;

	AnalysisView(AnalysisService analysis, NetworkService network, CurrentUser user) {
		this.analysis = analysis;
		addClassName("page-body");
		this.clusterList = new ClusterList(analysis, this::refresh, user.can(Role.EDITOR));
		List<Topic> allTopics = network.topics();
		this.centrality = new CentralitySection(analysis, allTopics);
		this.kinds.setLabel(getTranslation("analysis.kinds"));
		this.kinds.setItems(EnumSet.complementOf(EnumSet.of(NodeKind.FORUM)));
		this.kinds.setItemLabelGenerator(kind -> getTranslation("kind." + kind.slug()));
		this.kinds.setValue(Set.of(NodeKind.MUNICIPALITY));
		this.topics.setLabel(getTranslation("analysis.topics"));
		this.topics.setPlaceholder(getTranslation("analysis.all-topics"));
		this.topics.setItems(allTopics);
		this.topics.setItemLabelGenerator(topic -> topic.name(getLocale()));
		this.topics.setWidth("22rem");
		this.resolution.setLabel(getTranslation("analysis.resolution"));
		this.resolution.setHelperText(getTranslation("analysis.resolution-help"));
		this.resolution.setMin(AnalysisService.MIN_RESOLUTION);
		this.resolution.setMax(AnalysisService.MAX_RESOLUTION);
		this.resolution.setStep(0.05);
		this.resolution.setStepButtonsVisible(true);
		this.resolution.setValue(1.0);
		this.resolution.setErrorMessage(getTranslation("analysis.resolution-error", AnalysisService.MIN_RESOLUTION,
				AnalysisService.MAX_RESOLUTION));
		this.seed.setLabel(getTranslation("analysis.seed"));
		this.seed.setHelperText(getTranslation("analysis.seed-help"));
		this.seed.setValue((int) ClusterRequest.DEFAULT_SEED);
		this.borders.setLabel(getTranslation("analysis.borders"));
		var controls = new HorizontalLayout(this.kinds, this.topics, this.resolution, this.seed, this.borders);
		controls.setAlignItems(Alignment.BASELINE);
		controls.setWrap(true);
		this.kinds.addValueChangeListener(event -> refresh());
		this.topics.addValueChangeListener(event -> refresh());
		this.resolution.addValueChangeListener(event -> refresh());
		this.seed.addValueChangeListener(event -> refresh());
		this.borders.addValueChangeListener(event -> refresh());
		this.summary.addClassName("analysis-summary");
		this.inExplorer.setText(getTranslation("analysis.in-explorer"));
		add(new H2(getTranslation("analysis.title")),
				new Paragraph(new com.vaadin.flow.component.html.Span(getTranslation("analysis.intro") + " "),
						new se.samverkanskartan.shell.WordHelp("modularitet", "help.ask.analysis")),
				controls, new HorizontalLayout(this.summary, this.inExplorer), this.clusterList, this.comparison,
				this.centrality);
		refresh();
	}

	private void refresh() {
		Double chosen = this.resolution.getValue();
		if (chosen == null || this.resolution.isInvalid() || this.seed.getValue() == null) {
			this.resolution.setInvalid(chosen == null || chosen < AnalysisService.MIN_RESOLUTION
					|| chosen > AnalysisService.MAX_RESOLUTION);
			return;
		}
		Set<String> topicSlugs = this.topics.getValue().stream().map(Topic::slug).collect(Collectors.toSet());
		Clusters clusters = this.analysis.clusters(new ClusterRequest(this.kinds.getValue(), topicSlugs, chosen,
				this.seed.getValue(), this.borders.getValue()));
		NumberFormat percent = NumberFormat.getPercentInstance(getLocale());
		double stability = clusters.stabilityOf()
			.values()
			.stream()
			.mapToDouble(Double::doubleValue)
			.average()
			.orElse(0);
		this.summary.setText(clusters.isEmpty() ? getTranslation("analysis.empty")
				: getTranslation("analysis.summary", clusters.clusters().size(),
						String.format(getLocale(), "%.2f", clusters.modularity()), percent.format(stability),
						clusters.stabilityRuns()));
		Map<String, List<String>> query = new LinkedHashMap<>();
		query.put("clusters", List.of("on"));
		if (!topicSlugs.isEmpty()) {
			query.put("topic", topicSlugs.stream().sorted().toList());
		}
		this.inExplorer.setHref("./?" + new QueryParameters(query).getQueryString());
		this.clusterList.show(clusters, getLocale());
		boolean municipalities = this.kinds.getValue().contains(NodeKind.MUNICIPALITY) && !clusters.isEmpty();
		this.comparison.setVisible(municipalities);
		if (municipalities) {
			this.comparison.show(this.analysis.compareWithDeclaredGroupings(clusters), clusters,
					cluster -> this.analysis.displayName(cluster, getLocale()));
		}
	}

	@Override
	public String getPageTitle() {
		return getTranslation("analysis.title") + " – " + getTranslation("app.title");
	}

}
