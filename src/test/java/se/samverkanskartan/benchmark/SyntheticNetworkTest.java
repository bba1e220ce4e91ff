package se.samverkanskartan.benchmark;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SyntheticNetworkTest {

	private static List<String[]> rows(byte[] csv) {
		return Arrays.stream(new String(csv, StandardCharsets.UTF_8).split("\n"))
			.skip(1)
			.map(line -> line.split(";", -1))
			.toList();
	}

	@Test
	void the_same_seed_gives_the_same_network_and_another_seed_another() {
		var county = SyntheticNetwork.COUNTY.generate();
		var again = SyntheticNetwork.COUNTY.generate();
		var other = new SyntheticNetwork("county", 300, 1_500, 7).generate();

		assertThat(again.ties()).isEqualTo(county.ties());
		assertThat(again.organisations()).isEqualTo(county.organisations());
		assertThat(other.ties()).isNotEqualTo(county.ties());
	}

	@Test
	void the_county_size_has_its_organisations_ties_and_regional_structure() {
		var county = SyntheticNetwork.COUNTY.generate();
		List<String[]> organisations = rows(county.organisations());
		List<String[]> ties = rows(county.ties());
		Map<String, String> regionOf = new HashMap<>();
		organisations.forEach(row -> regionOf.put(row[2], row[2].replaceAll(".* region (\\d+)$", "$1")));

		assertThat(organisations).hasSize(300);
		assertThat(county.cooperationTies()).isEqualTo(1_500);
		assertThat(ties).hasSize(county.cooperationTies() + county.memberships());
		assertThat(ties).allSatisfy(row -> assertThat(regionOf).containsKeys(row[0], row[1]));
		long withinRegion = ties.stream()
			.filter(row -> row[2].equals("samverkar"))
			.filter(row -> regionOf.get(row[0]).equals(regionOf.get(row[1])))
			.count();
		assertThat(withinRegion).isGreaterThan(county.cooperationTies() / 2);
		Map<String, Integer> degree = new HashMap<>();
		ties.forEach(row -> {
			degree.merge(row[0], 1, Integer::sum);
			degree.merge(row[1], 1, Integer::sum);
		});
		int max = degree.values().stream().max(Integer::compare).orElseThrow();
		double mean = degree.values().stream().mapToInt(Integer::intValue).average().orElseThrow();
		assertThat(max).as("hubs").isGreaterThan((int) (5 * mean));
	}

}
