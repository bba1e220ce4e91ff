package se.samverkanskartan.explorer.ui;

/**
 * How the explorer draws the filtered network; part of the URL.
 *
 * @param layout fcose, geographic, concentric or grouped
 * @param ego steps of the ego network around the selection, 0 for the whole graph,
 * negative to dim the rest instead of hiding it
 * @param table whether the table twin replaces the graph
 * @param clusters whether nodes are coloured by cluster
 * @param suggest whether suggested ties are drawn
 * @param saved the saved view whose positions are frozen, or null
 * @param compare the earlier day whose network is compared with the shown one, or null
 * @param shade whether the map shades each municipality by its number of partners
 * @param sides only the cooperation ties whose two sides' view in the latest survey round
 * is this (both, one-side, contradictory), or null for all
 */
record ViewChoices(String layout, int ego, boolean table, boolean clusters, boolean suggest, String saved,
		java.time.LocalDate compare, boolean shade, String sides) {

	static final ViewChoices DEFAULT = new ViewChoices("fcose", 0, false, false, false, null, null, false, null);

	/** The values of {@link #sides}, as the URL writes them. */
	static final java.util.List<String> SIDES = java.util.List.of("both", "one-side", "contradictory");

	ViewChoices(String layout, int ego, boolean table, boolean clusters, boolean suggest, String saved,
			java.time.LocalDate compare, boolean shade) {
		this(layout, ego, table, clusters, suggest, saved, compare, shade, null);
	}

	ViewChoices withCompare(java.time.LocalDate day) {
		return new ViewChoices(this.layout, this.ego, this.table, this.clusters, this.suggest, this.saved, day,
				this.shade, this.sides);
	}

	ViewChoices withSides(String chosen) {
		return new ViewChoices(this.layout, this.ego, this.table, this.clusters, this.suggest, this.saved, this.compare,
				this.shade, chosen);
	}

	/** The controls' choice; frozen positions stay only while the layout does. */
	ViewChoices with(ViewControls.Choice choice) {
		return new ViewChoices(choice.layout(), choice.ego(), choice.table(), choice.clusters(), choice.suggest(),
				choice.layout().equals(this.layout) ? this.saved : null, this.compare, choice.shade(), this.sides);
	}

}
