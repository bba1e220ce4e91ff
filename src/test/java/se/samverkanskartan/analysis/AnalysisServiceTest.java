package se.samverkanskartan.analysis;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.neo4j.core.Neo4jClient;

import se.samverkanskartan.Neo4jIntegrationTest;
import se.samverkanskartan.network.EdgeKind;
import se.samverkanskartan.network.NetworkService;
import se.samverkanskartan.network.Topic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import se.samverkanskartan.network.NetworkChanged;

class AnalysisServiceTest extends Neo4jIntegrationTest {

	private static final Set<String> NORDOST = Set.of("0188", "0117", "0115", "0160", "0162", "0187", "0186");

	private static final Set<String> NORDVAST = Set.of("0191", "0139", "0114", "0163", "0123");

	@Autowired
	AnalysisService analysis;

	@Autowired
	NetworkService network;

	@AfterEach
	void forgetNames() {
		this.neo4j.query("MATCH (c:ClusterName) DELETE c").run();
		this.events.publishEvent(new NetworkChanged("test data"));
	}

	@Autowired
	Neo4jClient neo4j;

	@Autowired
	ApplicationEventPublisher events;

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

	@Test
	void clusters_are_named_by_their_most_central_member_and_dominant_topic_and_carry_their_stability() {
		Clusters clusters = this.analysis.clusters(ClusterRequest.municipalities());

		assertThat(clusters.stabilityRuns()).isPositive();
		for (Clusters.Cluster cluster : clusters.clusters()) {
			assertThat(cluster.members()).contains(cluster.centralMember());
			assertThat(cluster.stability()).isBetween(0.0, 1.0);
			assertThat(cluster.signature()).matches("[0-9a-f]{16}");
		}
		Clusters.Cluster nordost = clusters.clusters().get(clusters.clusterOf().get("municipality:0188"));
		assertThat(nordost.dominantTopic()).isNotNull();
		assertThat(clusters.stabilityOf().values()).allMatch(value -> value >= 0 && value <= 1);
	}

	@Test
	void a_renamed_cluster_keeps_its_name_while_its_members_stay_together() {
		Clusters.Cluster first = this.analysis.clusters(ClusterRequest.municipalities()).clusters().get(0);

		this.analysis.rename(first.signature(), "  Norra samverkan  ");

		assertThat(this.analysis.clusters(ClusterRequest.municipalities()).clusters().get(0).customName())
			.isEqualTo("Norra samverkan");
		this.analysis.rename(first.signature(), " ");
		assertThat(this.analysis.clusters(ClusterRequest.municipalities()).clusters().get(0).customName()).isNull();
		assertThatThrownBy(() -> this.analysis.rename(first.signature(), "x".repeat(81))).extracting("parameter")
			.isEqualTo("name");
	}

	@Test
	void clustering_on_one_topic_only_takes_organisations_with_ties_on_it() {
		String topic = "valdsbejakande-extremism";
		Set<String> onTopic = new HashSet<>();
		this.network.facts()
			.edges()
			.stream()
			.filter(edge -> edge.kind() == EdgeKind.COOPERATES_WITH && topic.equals(edge.topic()))
			.forEach(edge -> onTopic.addAll(List.of(edge.source(), edge.target())));

		Clusters clusters = this.analysis
			.clusters(new ClusterRequest(Set.of(), Set.of(topic), 1.0, ClusterRequest.DEFAULT_SEED, false));

		assertThat(clusters.clusterOf().keySet()).isNotEmpty().isSubsetOf(onTopic);
	}

	@Test
	void a_topic_without_ties_gives_no_clusters_rather_than_an_error() {
		Set<String> used = new HashSet<>();
		this.network.facts().edges().forEach(edge -> used.add(edge.topic()));
		String unused = this.network.topics()
			.stream()
			.map(Topic::slug)
			.filter(slug -> !used.contains(slug))
			.findFirst()
			.orElseThrow();

		assertThat(this.analysis.clusters(new ClusterRequest(Set.of(), Set.of(unused), 1.0, 1, false)).isEmpty())
			.isTrue();
	}

	@Test
	void bad_resolution_or_topic_names_the_parameter() {
		assertThatThrownBy(() -> this.analysis.clusters(new ClusterRequest(Set.of(), Set.of(), 0, 1, false)))
			.extracting("parameter")
			.isEqualTo("resolution");
		assertThatThrownBy(() -> this.analysis.clusters(new ClusterRequest(Set.of(), Set.of(), Double.NaN, 1, false)))
			.extracting("parameter")
			.isEqualTo("resolution");
		assertThatThrownBy(() -> this.analysis.centrality("nope")).extracting("parameter").isEqualTo("topic");
	}

	@Test
	void brokers_rank_first_and_topic_gaps_list_the_municipalities_without_a_partner() {
		Centrality centrality = this.analysis.centrality(null);

		assertThat(centrality.nodes()).isSortedAccordingTo((x, y) -> Double.compare(y.betweenness(), x.betweenness()));
		assertThat(centrality.nodes().subList(0, 3)).extracting(c -> c.node().id())
			.containsAnyOf("forum:bron", "actor:polismyndigheten");
		Centrality.TopicGap extremism = this.analysis.centrality("valdsbejakande-extremism").gaps().get(0);
		assertThat(extremism.topic().slug()).isEqualTo("valdsbejakande-extremism");
		assertThat(extremism.withPartner() + extremism.without().size()).isEqualTo(26);
		assertThat(extremism.without()).isNotEmpty()
			.allMatch(node -> node.kind() == se.samverkanskartan.network.NodeKind.MUNICIPALITY);
	}

}
