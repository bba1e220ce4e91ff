package se.samverkanskartan.api;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import com.vaadin.flow.i18n.I18NProvider;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import se.samverkanskartan.analysis.AnalysisService;
import se.samverkanskartan.analysis.Centrality;
import se.samverkanskartan.analysis.ClusterRequest;
import se.samverkanskartan.analysis.Clusters;
import se.samverkanskartan.analysis.GroupingComparison;
import se.samverkanskartan.network.NodeKind;

@RestController
@RequestMapping("/api")
@Tag(name = "Analysis", description = "Clusters, their comparison with the declared groupings, and centrality")
class AnalysisApi {

	private final AnalysisService analysis;

	private final I18NProvider i18n;

	AnalysisApi(AnalysisService analysis, I18NProvider i18n) {
		this.analysis = analysis;
		this.i18n = i18n;
	}

	@GetMapping("/clusters")
	@Operation(summary = "Leiden clusters on the weighted projection, with names, stability and modularity")
	@BadRequestResponse
	ClusterResponse clusters(
			@Parameter(description = "Node kinds to cluster (default municipality)") @RequestParam(
					defaultValue = "municipality") List<String> kind,
			@Parameter(description = "Topic slugs: cluster on ties of these topics only") @RequestParam(
					required = false) List<String> topic,
			@Parameter(description = "Leiden resolution, 0.05 to 5; higher gives smaller clusters") @RequestParam(
					defaultValue = "1.0") double resolution,
			@Parameter(description = "Random seed; the same seed gives the same clusters") @RequestParam(
					defaultValue = "" + ClusterRequest.DEFAULT_SEED) long seed,
			@Parameter(description = "Count shared borders as weak ties") @RequestParam(
					defaultValue = "false") boolean borders,
			@Parameter(description = "sv or en") @RequestParam(defaultValue = "sv") String lang) {
		Locale locale = ApiLanguage.of(lang);
		Set<NodeKind> kinds = NetworkApi.parse("kind", kind, NodeKind::ofSlug);
		Set<String> topics = NetworkApi.parse("topic", topic, String::toString);
		Clusters clusters = this.analysis.clusters(new ClusterRequest(kinds, topics, resolution, seed, borders));
		GroupingComparison comparison = kinds.contains(NodeKind.MUNICIPALITY) && !clusters.isEmpty()
				? this.analysis.compareWithDeclaredGroupings(clusters) : null;
		return new ClusterResponse(clusters.isEmpty() ? this.i18n.getTranslation("analysis.empty", locale) : null,
				clusters.modularity(), seed, resolution, clusters.stabilityRuns(),
				clusters.clusters()
					.stream()
					.map(cluster -> new ClusterResponse.Cluster(cluster.index(),
							this.analysis.displayName(cluster, locale), cluster.customName() != null,
							cluster.signature(), cluster.stability(), cluster.centralMember().id(),
							cluster.dominantTopic(),
							cluster.members()
								.stream()
								.map(member -> new ClusterResponse.Member(member.id(), member.name(),
										member.kind().slug(), clusters.stabilityOf().get(member.id())))
								.toList()))
					.toList(),
				(comparison == null) ? null : new ClusterResponse.Comparison(comparison.adjustedRandIndex(),
						comparison.declaredGroupOf(), comparison.differing()));
	}

	@GetMapping("/centrality")
	@Operation(
			summary = "Partners and betweenness per organisation, and per topic the municipalities without a partner")
	@BadRequestResponse
	Centrality centrality(@Parameter(description = "Topic slug; all topics when left out") @RequestParam(
			required = false) String topic) {
		return this.analysis.centrality(topic);
	}

	/**
	 * @param message why there are no clusters, when there are none
	 * @param modularity of the partition on the weighted projection
	 * @param seed the seed used
	 * @param resolution the resolution used
	 * @param stabilityRuns how many other seeds the stability was measured over
	 * @param clusters largest first
	 * @param comparison with the declared groupings, when municipalities were clustered
	 */
	record ClusterResponse(String message, double modularity, long seed, double resolution, int stabilityRuns,
			List<Cluster> clusters, Comparison comparison) {

		record Cluster(int index, String name, boolean renamed, String signature, double stability,
				String centralMember, String dominantTopic, List<Member> members) {

		}

		record Member(String id, String name, String kind, double stability) {

		}

		record Comparison(double adjustedRandIndex, java.util.Map<String, String> declaredGroupOf,
				List<String> differing) {

		}

	}

}
