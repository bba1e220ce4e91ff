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
 */
record ViewChoices(String layout, int ego, boolean table, boolean clusters, boolean suggest, String saved,
		java.time.LocalDate compare, boolean shade) {

	static final ViewChoices DEFAULT = new ViewChoices("fcose", 0, false, false, false, null, null, false);

	ViewChoices withCompare(java.time.LocalDate day) {
		return new ViewChoices(this.layout, this.ego, this.table, this.clusters, this.suggest, this.saved, day,
				this.shade);
	}

	/** The controls' choice; frozen positions stay only while the layout does. */
	ViewChoices with(ViewControls.Choice choice) {
		return new ViewChoices(choice.layout(), choice.ego(), choice.table(), choice.clusters(), choice.suggest(),
				choice.layout().equals(this.layout) ? this.saved : null, this.compare, choice.shade());
	}

}
