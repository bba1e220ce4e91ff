package se.samverkanskartan.explorer.ui;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import com.vaadin.flow.spring.annotation.SpringComponent;
import com.vaadin.flow.spring.annotation.UIScope;

import se.samverkanskartan.analysis.AnalysisService;
import se.samverkanskartan.analysis.ClusterColors;
import se.samverkanskartan.analysis.ClusterRequest;
import se.samverkanskartan.analysis.Clusters;
import se.samverkanskartan.network.GraphFilter;
import se.samverkanskartan.network.GraphNode;
import se.samverkanskartan.network.GraphSlice;
import se.samverkanskartan.network.InvalidParameterException;
import se.samverkanskartan.network.NodeKind;
import se.samverkanskartan.suggestions.Suggestion;
import se.samverkanskartan.suggestions.SuggestionService;

/** Builds the cluster colours and suggested ties for the explorer from the analyses. */
@SpringComponent
@UIScope
class OverlayBuilder {

	static final int SUGGESTIONS_FOR_ONE = 8;

	static final int SUGGESTIONS_FOR_ALL = 15;

	private final AnalysisService analysis;

	private final SuggestionService suggestions;

	private final se.samverkanskartan.review.TieConfirmations confirmations;

	OverlayBuilder(AnalysisService analysis, SuggestionService suggestions,
			se.samverkanskartan.review.TieConfirmations confirmations) {
		this.analysis = analysis;
		this.suggestions = suggestions;
		this.confirmations = confirmations;
	}

	/**
	 * Clusters and suggestions as chosen, and both sides' view from the latest survey
	 * round.
	 */
	GraphOverlay build(GraphSlice slice, GraphFilter filter, boolean clusters, boolean suggest, String selected,
			Locale locale, String suggestionLabel) {
		return analyses(slice, filter, clusters, suggest, selected, locale, suggestionLabel)
			.withConfirmations(this.confirmations.current());
	}

	private GraphOverlay analyses(GraphSlice slice, GraphFilter filter, boolean clusters, boolean suggest,
			String selected, Locale locale, String suggestionLabel) {
		if (!clusters && !suggest) {
			return GraphOverlay.NONE;
		}
		Map<String, Integer> clusterOf = new HashMap<>();
		Map<Integer, String> colorOf = new HashMap<>();
		List<GraphOverlay.LegendEntry> legend = new ArrayList<>();
		if (clusters) {
			Set<NodeKind> kinds = EnumSet.noneOf(NodeKind.class);
			slice.nodes().stream().map(GraphNode::kind).filter(kind -> kind != NodeKind.FORUM).forEach(kinds::add);
			Clusters found = kinds.isEmpty() ? Clusters.none() : this.analysis
				.clusters(new ClusterRequest(kinds, filter.topics(), 1.0, ClusterRequest.DEFAULT_SEED, false));
			for (Clusters.Cluster cluster : found.clusters()) {
				String color = ClusterColors.of(cluster);
				if (color.equals(ClusterColors.NONE)) {
					continue;
				}
				colorOf.put(cluster.index(), color);
				cluster.members().forEach(member -> clusterOf.put(member.id(), cluster.index()));
				legend.add(new GraphOverlay.LegendEntry(this.analysis.displayName(cluster, locale), color,
						cluster.members().size()));
			}
		}
		List<GraphData.EdgeData> edges = suggest ? suggestionEdges(slice, filter, selected, locale, suggestionLabel)
				: List.of();
		return new GraphOverlay(Map.copyOf(clusterOf), Map.copyOf(colorOf), List.copyOf(legend), edges, clusters);
	}

	private List<GraphData.EdgeData> suggestionEdges(GraphSlice slice, GraphFilter filter, String selected,
			Locale locale, String label) {
		Set<String> shown = slice.nodes().stream().map(GraphNode::id).collect(Collectors.toSet());
		String topic = (filter.topics().size() == 1) ? filter.topics().iterator().next() : null;
		List<Suggestion> found;
		try {
			found = (selected != null) ? this.suggestions.suggestions(selected, topic, SUGGESTIONS_FOR_ONE, locale)
					: this.suggestions.suggestions(null, topic, SUGGESTIONS_FOR_ALL, locale);
		}
		catch (InvalidParameterException ex) {
			// A forum is selected: forums are not suggested
			return List.of();
		}
		List<GraphData.EdgeData> edges = new ArrayList<>();
		for (Suggestion suggestion : found) {
			if (shown.contains(suggestion.fromId()) && shown.contains(suggestion.toId())) {
				edges.add(new GraphData.EdgeData("suggestion:" + suggestion.fromId() + ":" + suggestion.toId(),
						suggestion.fromId(), suggestion.toId(), "SUGGESTION", "#334155", true,
						label + ": " + suggestion.reasonLine()));
			}
		}
		return edges;
	}

}
