package se.samverkanskartan.network;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The county's municipal borders (SCB, Digitala gränser, CC BY 4.0; see
 * docs/data-sources.md) in the geographic layout's units: one projection for the
 * browser's map, its node positions and the exports.
 */
public final class CountyMap {

	/** Graph units per degree of latitude. */
	static final double SCALE = 1400;

	static final double CENTRE_LAT = 59.33;

	static final double CENTRE_LON = 18.07;

	private static final String RESOURCE = "/geo/stockholm_kommuner.geojson";

	private static final CountyMap BUILT_IN = load();

	/**
	 * One municipality.
	 *
	 * @param code the kommunkod, e.g. 0180
	 * @param name its name
	 * @param rings its polygons' rings (outer and holes alike; drawn even-odd), each a
	 * list of {x, y} in graph units
	 * @param anchor where its node stands: the centroid, or the point deepest inside when
	 * the centroid falls outside (Stockholm, Nacka)
	 */
	public record Area(String code, String name, List<double[][]> rings, double[] anchor) {

		/** The rings as an SVG path, in graph units. */
		public String svgPath() {
			StringBuilder path = new StringBuilder();
			for (double[][] ring : this.rings) {
				for (int i = 0; i < ring.length; i++) {
					path.append((i == 0) ? 'M' : 'L')
						.append(Math.round(ring[i][0] * 10) / 10.0)
						.append(',')
						.append(Math.round(ring[i][1] * 10) / 10.0);
				}
				path.append('Z');
			}
			return path.toString();
		}

	}

	private final Map<String, Area> byCode;

	private CountyMap(Map<String, Area> byCode) {
		this.byCode = byCode;
	}

	/** The 26 municipalities of the built-in border file. */
	public static CountyMap builtIn() {
		return BUILT_IN;
	}

	public List<Area> areas() {
		return List.copyOf(this.byCode.values());
	}

	/** West, north, east and south edges of all borders. */
	public double[] bounds() {
		double[] bounds = { Double.MAX_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE, -Double.MAX_VALUE };
		for (Area area : this.byCode.values()) {
			for (double[][] ring : area.rings()) {
				for (double[] p : ring) {
					bounds[0] = Math.min(bounds[0], p[0]);
					bounds[1] = Math.min(bounds[1], p[1]);
					bounds[2] = Math.max(bounds[2], p[0]);
					bounds[3] = Math.max(bounds[3], p[1]);
				}
			}
		}
		return bounds;
	}

	public Optional<Area> area(String code) {
		return Optional.ofNullable(this.byCode.get(code));
	}

	/** A place in graph units: x east, y south. */
	public static double[] project(double lat, double lon) {
		return new double[] { (lon - CENTRE_LON) * SCALE * Math.cos(Math.toRadians(CENTRE_LAT)),
				-(lat - CENTRE_LAT) * SCALE };
	}

	/**
	 * Places for {@code count} nodes inside one municipality, spread apart (farthest
	 * first), e.g. Stockholm's city districts; empty for an unknown code.
	 */
	public List<double[]> spreadInside(String code, int count) {
		Area area = this.byCode.get(code);
		if (area == null || count <= 0) {
			return List.of();
		}
		List<double[]> candidates = Polygons.interiorGrid(area.rings(), 60, 10);
		List<double[]> chosen = new ArrayList<>();
		chosen.add(area.anchor());
		while (chosen.size() <= count && !candidates.isEmpty()) {
			double[] farthest = candidates.stream()
				.max(Comparator.comparingDouble(point -> chosen.stream()
					.mapToDouble(other -> Math.hypot(point[0] - other[0], point[1] - other[1]))
					.min()
					.orElse(0)))
				.orElseThrow();
			chosen.add(farthest);
			candidates.remove(farthest);
		}
		// The municipality's own node keeps the anchor
		return List.copyOf(chosen.subList(1, chosen.size()));
	}

	private static CountyMap load() {
		try (InputStream in = CountyMap.class.getResourceAsStream(RESOURCE)) {
			if (in == null) {
				throw new IllegalStateException("Missing " + RESOURCE);
			}
			JsonNode root = JsonMapper.builder().build().readTree(in);
			Map<String, Area> areas = new LinkedHashMap<>();
			for (JsonNode feature : root.get("features")) {
				String code = feature.get("properties").get("KnKod").asString();
				String name = feature.get("properties").get("KnNamn").asString();
				List<double[][]> rings = rings(feature.get("geometry"));
				areas.put(code, new Area(code, name, List.copyOf(rings), Polygons.anchor(rings)));
			}
			return new CountyMap(java.util.Collections.unmodifiableMap(areas));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static List<double[][]> rings(JsonNode geometry) {
		List<double[][]> rings = new ArrayList<>();
		JsonNode coordinates = geometry.get("coordinates");
		if ("Polygon".equals(geometry.get("type").asString())) {
			coordinates.forEach(ring -> rings.add(ring(ring)));
		}
		else {
			coordinates.forEach(polygon -> polygon.forEach(ring -> rings.add(ring(ring))));
		}
		return rings;
	}

	private static double[][] ring(JsonNode ring) {
		double[][] points = new double[ring.size()][];
		for (int i = 0; i < ring.size(); i++) {
			points[i] = project(ring.get(i).get(1).asDouble(), ring.get(i).get(0).asDouble());
		}
		return points;
	}

}
