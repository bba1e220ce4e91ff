package se.samverkanskartan.explorer.ui;

import java.util.List;

/**
 * The county's map under the geographic layout; mirrors {@code MapLayer} in
 * {@code frontend/components/network-graph-types.ts}.
 *
 * @param areas the municipalities
 * @param attribution the borders' source, shown wherever they are drawn
 */
record MapLayer(List<MapArea> areas, String attribution) {

	/**
	 * @param code the kommunkod
	 * @param name the municipality's name
	 * @param path SVG path data in the map's units
	 * @param fill the shading, or null when the map is not shaded
	 */
	record MapArea(String code, String name, String path, String fill) {

	}

}
