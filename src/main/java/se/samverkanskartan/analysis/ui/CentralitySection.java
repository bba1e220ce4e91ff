package se.samverkanskartan.analysis.ui;

import java.util.List;
import java.util.stream.Collectors;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

import se.samverkanskartan.analysis.AnalysisService;
import se.samverkanskartan.analysis.Centrality;
import se.samverkanskartan.network.GraphNode;
import se.samverkanskartan.network.Topic;

/** Brokers (betweenness) and, per topic, the municipalities without a partner. */
class CentralitySection extends VerticalLayout {

	static final int BROKERS_SHOWN = 15;

	private final AnalysisService analysis;

	private final ComboBox<Topic> topic = new ComboBox<>();

	private final Grid<Centrality.NodeCentrality> brokers = new Grid<>();

	private final Grid<Centrality.TopicGap> gaps = new Grid<>();

	CentralitySection(AnalysisService analysis, List<Topic> topics) {
		this.analysis = analysis;
		setPadding(false);
		addClassName("centrality");
		this.topic.setLabel(getTranslation("centrality.topic"));
		this.topic.setPlaceholder(getTranslation("analysis.all-topics"));
		this.topic.setItems(topics);
		this.topic.setItemLabelGenerator(item -> item.name(getLocale()));
		this.topic.setClearButtonVisible(true);
		this.topic.setWidth("22rem");
		this.topic.addValueChangeListener(event -> refresh());
		this.brokers.addColumn(row -> row.node().name())
			.setHeader(getTranslation("centrality.organisation"))
			.setFlexGrow(3);
		this.brokers.addColumn(row -> getTranslation("kind." + row.node().kind().slug()))
			.setHeader(getTranslation("centrality.kind"));
		this.brokers.addColumn(Centrality.NodeCentrality::partners)
			.setHeader(getTranslation("centrality.partners"))
			.setTextAlign(ColumnTextAlign.END)
			.setSortable(true);
		this.brokers.addColumn(row -> String.format(getLocale(), "%.3f", row.betweenness()))
			.setHeader(getTranslation("centrality.betweenness"))
			.setTextAlign(ColumnTextAlign.END);
		this.brokers.addThemeVariants(GridVariant.LUMO_COMPACT);
		this.brokers.setAllRowsVisible(true);
		this.brokers.setAriaLabel(getTranslation("centrality.brokers"));
		this.gaps.addColumn(gap -> gap.topic().name(getLocale()))
			.setHeader(getTranslation("centrality.gap-topic"))
			.setFlexGrow(2);
		this.gaps.addColumn(Centrality.TopicGap::withPartner)
			.setHeader(getTranslation("centrality.with-partner"))
			.setTextAlign(ColumnTextAlign.END);
		this.gaps.addColumn(gap -> gap.without().stream().map(GraphNode::name).collect(Collectors.joining(", ")))
			.setHeader(getTranslation("centrality.without"))
			.setFlexGrow(5);
		this.gaps.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
		this.gaps.setHeight("28rem");
		this.gaps.setAriaLabel(getTranslation("centrality.gaps"));
		var brokerColumn = new VerticalLayout(new H3(getTranslation("centrality.brokers")),
				new Paragraph(getTranslation("centrality.brokers-help")), this.brokers);
		var gapColumn = new VerticalLayout(new H3(getTranslation("centrality.gaps")),
				new Paragraph(getTranslation("centrality.gaps-help")), this.gaps);
		brokerColumn.setPadding(false);
		gapColumn.setPadding(false);
		var columns = new HorizontalLayout(brokerColumn, gapColumn);
		columns.setWidthFull();
		columns.setFlexGrow(1, brokerColumn);
		columns.setFlexGrow(1.4, gapColumn);
		add(this.topic, columns);
		refresh();
	}

	private void refresh() {
		Centrality centrality = this.analysis
			.centrality((this.topic.getValue() == null) ? null : this.topic.getValue().slug());
		this.brokers.setItems(centrality.nodes().stream().limit(BROKERS_SHOWN).toList());
		this.gaps.setItems(centrality.gaps());
	}

}
