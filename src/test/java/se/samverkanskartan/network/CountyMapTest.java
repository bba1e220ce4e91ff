package se.samverkanskartan.network;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class CountyMapTest {

	private final CountyMap map = CountyMap.builtIn();

	@Test
	void the_map_holds_the_26_municipalities_of_the_county() {
		assertThat(this.map.areas()).hasSize(26);
		assertThat(this.map.areas()).allMatch(area -> area.code().startsWith("01"));
		assertThat(this.map.area("0180").orElseThrow().name()).isEqualTo("Stockholm");
	}

	@Test
	void every_municipality_is_anchored_inside_its_own_borders_even_where_the_centroid_falls_outside() {
		for (CountyMap.Area area : this.map.areas()) {
			assertThat(Polygons.contains(area.rings(), area.anchor()[0], area.anchor()[1])).as(area.name()).isTrue();
		}
		// Stockholm's and Nacka's centroids lie outside their borders (checked by hand)
		var stockholm = this.map.area("0180").orElseThrow();
		double[] centroid = Polygons.centroid(stockholm.rings());
		assertThat(Polygons.contains(stockholm.rings(), centroid[0], centroid[1])).isFalse();
	}

	@Test
	void north_is_up_and_the_city_centre_is_the_origin() {
		assertThat(CountyMap.project(59.33, 18.07)).containsExactly(new double[] { 0, 0 }, within(1e-9));
		double[] norrtalje = this.map.area("0188").orElseThrow().anchor();
		double[] nynashamn = this.map.area("0192").orElseThrow().anchor();
		assertThat(norrtalje[1]).isLessThan(nynashamn[1]);
		double[] ekero = this.map.area("0125").orElseThrow().anchor();
		double[] varmdo = this.map.area("0120").orElseThrow().anchor();
		assertThat(ekero[0]).isLessThan(varmdo[0]);
	}

	@Test
	void places_spread_inside_stockholm_lie_inside_and_apart() {
		List<double[]> places = this.map.spreadInside("0180", 14);
		var stockholm = this.map.area("0180").orElseThrow();

		assertThat(places).hasSize(14);
		for (double[] place : places) {
			assertThat(Polygons.contains(stockholm.rings(), place[0], place[1])).isTrue();
		}
		for (int i = 0; i < places.size(); i++) {
			for (int j = i + 1; j < places.size(); j++) {
				assertThat(Math.hypot(places.get(i)[0] - places.get(j)[0], places.get(i)[1] - places.get(j)[1]))
					.isGreaterThan(15);
			}
		}
		assertThat(this.map.spreadInside("9999", 3)).isEmpty();
	}

	@Test
	void the_svg_path_has_one_closed_subpath_per_ring() {
		var vaermdo = this.map.area("0120").orElseThrow();
		String path = vaermdo.svgPath();
		assertThat(path.chars().filter(c -> c == 'M').count()).isEqualTo(vaermdo.rings().size());
		assertThat(path.chars().filter(c -> c == 'Z').count()).isEqualTo(vaermdo.rings().size());
	}

}
