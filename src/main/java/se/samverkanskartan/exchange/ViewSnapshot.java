package se.samverkanskartan.exchange;

import java.time.LocalDate;
import java.util.List;

/**
 * Exactly what the user sees, for rendering on the server: nodes at their drawn positions
 * with their colours and shapes, which labels are shown, the ties, the legend, and the
 * texts around the picture.
 *
 * @param title the export's title, as the user edited it
 * @param filterLine one line describing the filters
 * @param provenanceLine data source, data date, clustering algorithm and seed
 * @param date the export date
 * @param nodes the drawn nodes
 * @param edges the drawn ties
 * @param legend the legend entries
 * @param backdrop the map, arcs and headings around the graph
 */
public record ViewSnapshot(String title, String filterLine, String provenanceLine, LocalDate date, List<Node> nodes,
		List<Edge> edges, List<LegendItem> legend, Backdrop backdrop) {

	public ViewSnapshot {
		nodes = List.copyOf(nodes);
		edges = List.copyOf(edges);
		legend = List.copyOf(legend);
	}

	/** A view without map or headings. */
	public ViewSnapshot(String title, String filterLine, String provenanceLine, LocalDate date, List<Node> nodes,
			List<Edge> edges, List<LegendItem> legend) {
		this(title, filterLine, provenanceLine, date, nodes, edges, legend, Backdrop.NONE);
	}

	/**
	 * What the view draws besides nodes and ties.
	 *
	 * @param areas the map's municipalities (graph units), none off the map
	 * @param attribution the map's source, printed with the picture, or null
	 * @param arcs whether ties bow out (on the map)
	 * @param isolatesHeading the heading over organisations tied to nothing, or null
	 */
	public record Backdrop(List<Area> areas, String attribution, boolean arcs, String isolatesHeading) {

		public static final Backdrop NONE = new Backdrop(List.of(), null, false, null);

		public Backdrop {
			areas = List.copyOf(areas);
		}

	}

	/**
	 * @param name the municipality
	 * @param rings its polygons' rings in graph units
	 * @param fill its shading, or null for plain land
	 */
	public record Area(String name, List<double[][]> rings, String fill) {

	}

	/**
	 * @param id the node id
	 * @param label its name
	 * @param x drawn x (graph coordinates)
	 * @param y drawn y (graph coordinates, down)
	 * @param size diameter in graph units
	 * @param color fill colour, #rrggbb
	 * @param shape ellipse, round-rectangle, diamond or hexagon
	 * @param labelShown false where the view hid the label so that labels do not overlap
	 * @param cluster the node's cluster when the view outlines clusters, otherwise null
	 */
	public record Node(String id, String label, double x, double y, double size, String color, String shape,
			boolean labelShown, Integer cluster) {

		public Node(String id, String label, double x, double y, double size, String color, String shape,
				boolean labelShown) {
			this(id, label, x, y, size, color, shape, labelShown, null);
		}

	}

	/**
	 * @param source node id
	 * @param target node id
	 * @param color line colour
	 * @param dashed memberships and suggestions are dashed
	 */
	public record Edge(String source, String target, String color, boolean dashed) {

	}

	/**
	 * @param label the text
	 * @param color its colour
	 * @param mark how the colour is shown
	 */
	public record LegendItem(String label, String color, Mark mark) {

	}

	public enum Mark {

		HEADING, SWATCH, LINE, DASHED,

		/** A square with a border: a shaded area of the map. */
		AREA

	}

}
