package se.samverkanskartan.explorer.ui;

import java.util.List;

/**
 * The county's map under the geographic layout; mirrors {@code MapLayer} in
 * {@code frontend/components/network-graph-types.ts}.
 *
 * @param areas the municipalities
 * @param bounds west, north, east and south edges in the map's units
 * @param attribution the borders' source, shown wherever they are drawn
 */
record MapLayer(List<MapArea> areas, double[] bounds, String attribution) {

	@Override
	public boolean equals(Object other) {
		return other instanceof MapLayer layer && layer.areas.equals(this.areas)
				&& java.util.Arrays.equals(layer.bounds, this.bounds) && layer.attribution.equals(this.attribution);
	}

	@Override
	public int hashCode() {
		return java.util.Objects.hash(this.areas, java.util.Arrays.hashCode(this.bounds), this.attribution);
	}

	/**
	 * @param code the kommunkod
	 * @param name the municipality's name
	 * @param path SVG path data in the map's units
	 * @param fill the shading, or null when the map is not shaded
	 */
	record MapArea(String code, String name, String path, String fill) {

	}

}
