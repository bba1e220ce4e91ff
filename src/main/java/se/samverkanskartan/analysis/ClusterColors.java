package se.samverkanskartan.analysis;

import java.util.List;

/** The colours clusters are drawn in, the same on every page and in exports. */
public final class ClusterColors {

	/** Colour-blind-friendly categorical palette (Tableau 10), then two more. */
	public static final List<String> PALETTE = List.of("#4e79a7", "#f28e2b", "#e15759", "#76b7b2", "#59a14f", "#edc948",
			"#b07aa1", "#ff9da7", "#9c755f", "#1f77b4", "#17becf", "#8c564b");

	/** Nodes in no cluster of two or more, and clusters beyond the palette. */
	public static final String NONE = "#94a3b8";

	private ClusterColors() {
	}

	public static String of(Clusters.Cluster cluster) {
		return (cluster.members().size() < 2 || cluster.index() >= PALETTE.size()) ? NONE
				: PALETTE.get(cluster.index());
	}

}
