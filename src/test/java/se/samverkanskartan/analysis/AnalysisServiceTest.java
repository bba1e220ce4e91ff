package se.samverkanskartan.analysis;

import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import se.samverkanskartan.Neo4jIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

class AnalysisServiceTest extends Neo4jIntegrationTest {

	private static final Set<String> NORDOST = Set.of("0188", "0117", "0115", "0160", "0162", "0187", "0186");

	private static final Set<String> NORDVAST = Set.of("0191", "0139", "0114", "0163", "0123");

	@Autowired
	AnalysisService analysis;

	@Test
	void the_declared_north_groupings_come_out_as_two_clusters_with_a_fixed_seed() {
		Clusters clusters = this.analysis.clusters(ClusterRequest.municipalities());

		Map<String, Integer> clusterOf = clusters.clusterOf();
		assertThat(NORDOST.stream().map(code -> clusterOf.get("municipality:" + code)).distinct()).hasSize(1);
		assertThat(NORDVAST.stream().map(code -> clusterOf.get("municipality:" + code)).distinct()).hasSize(1);
		assertThat(clusterOf.get("municipality:0188")).isNotEqualTo(clusterOf.get("municipality:0191"));
		assertThat(clusters.modularity()).isGreaterThan(0.3);
		assertThat(this.analysis.clusters(ClusterRequest.municipalities()).clusterOf()).isEqualTo(clusterOf);
	}

	@Test
	void the_comparison_with_declared_groupings_scores_the_agreement() {
		GroupingComparison comparison = this.analysis
			.compareWithDeclaredGroupings(this.analysis.clusters(ClusterRequest.municipalities()));

		assertThat(comparison.declaredGroupOf()).containsEntry("municipality:0188", "forum:nordost")
			.containsEntry("municipality:0191", "forum:nordvast")
			.containsEntry("municipality:0180", "");
		assertThat(comparison.adjustedRandIndex()).isBetween(0.3, 1.0);
		assertThat(comparison.differing()).isEmpty();
	}

}
