package se.samverkanskartan.analysis.ui;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

import se.samverkanskartan.analysis.Clusters;
import se.samverkanskartan.analysis.GroupingComparison;
import se.samverkanskartan.network.GraphNode;

/**
 * The declared groupings (Nordost, Nordväst) beside the detected clusters: one row per
 * municipality, with the agreement figure and the members that differ.
 */
class ComparisonTable extends VerticalLayout {

	private final Paragraph agreement = new Paragraph();

	private final Grid<Row> grid = new Grid<>();

	record Row(String name, String declared, String detected, boolean differs) {

	}

	ComparisonTable() {
		setPadding(false);
		addClassName("grouping-comparison");
		this.grid.addColumn(Row::name).setHeader(getTranslation("comparison.member")).setSortable(true);
		this.grid.addColumn(Row::declared).setHeader(getTranslation("comparison.declared")).setSortable(true);
		this.grid.addColumn(Row::detected).setHeader(getTranslation("comparison.detected")).setSortable(true);
		this.grid.addColumn(row -> row.differs() ? getTranslation("comparison.differs") : "")
			.setHeader(getTranslation("comparison.note"));
		this.grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
		this.grid.setAllRowsVisible(true);
		this.grid.setAriaLabel(getTranslation("comparison.title"));
		this.grid.setPartNameGenerator(row -> row.differs() ? "differs" : null);
		add(new H3(getTranslation("comparison.title")), this.agreement, this.grid);
	}

	void show(GroupingComparison comparison, Clusters clusters, Function<Clusters.Cluster, String> nameOf) {
		Map<String, GraphNode> members = new HashMap<>();
		clusters.clusters().forEach(cluster -> cluster.members().forEach(member -> members.put(member.id(), member)));
		this.agreement.setText(getTranslation("comparison.agreement",
				String.format(getLocale(), "%.2f", comparison.adjustedRandIndex()), comparison.differing().size()));
		List<Row> rows = comparison.declaredGroupOf()
			.entrySet()
			.stream()
			.map(entry -> new Row(members.get(entry.getKey()).name(), declaredName(entry.getValue()),
					nameOf.apply(clusters.clusters().get(clusters.clusterOf().get(entry.getKey()))),
					comparison.differing().contains(entry.getKey())))
			.sorted(Comparator.comparing(Row::detected).thenComparing(Row::name))
			.toList();
		this.grid.setItems(rows);
	}

	private String declaredName(String groupingId) {
		if (groupingId.isEmpty()) {
			return getTranslation("comparison.none");
		}
		return getTranslation("grouping." + groupingId.substring(groupingId.indexOf(':') + 1));
	}

}
