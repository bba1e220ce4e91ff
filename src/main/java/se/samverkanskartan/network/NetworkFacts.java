package se.samverkanskartan.network;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Everything the analyses need in one read: all organisations, every tie including
 * borders and police coverage, and the facts that are not ties.
 *
 * @param nodes every organisation, forums included
 * @param edges every tie: cooperation, membership, convening, part-of, coverage, borders
 * @param topics all topics
 * @param population inhabitants per organisation id, where known
 * @param countyMunicipalities ids of the municipalities of Stockholm County
 * @param wants topic slugs per organisation id that the sources say it wants cooperation
 * on
 * @param worksOn topic slugs per organisation id that the sources say it works on
 * ({@code WORKS_ON}: forums, groupings and activities)
 */
public record NetworkFacts(List<GraphNode> nodes, List<GraphEdge> edges, List<Topic> topics,
		Map<String, Long> population, Set<String> countyMunicipalities, Map<String, Set<String>> wants,
		Map<String, Set<String>> worksOn) {

	public NetworkFacts {
		nodes = List.copyOf(nodes);
		edges = List.copyOf(edges);
		topics = List.copyOf(topics);
		population = Map.copyOf(population);
		countyMunicipalities = Set.copyOf(countyMunicipalities);
		wants = Map.copyOf(wants);
		worksOn = Map.copyOf(worksOn);
	}

	/** Facts where nothing is known to work on a topic but through its ties. */
	public NetworkFacts(List<GraphNode> nodes, List<GraphEdge> edges, List<Topic> topics, Map<String, Long> population,
			Set<String> countyMunicipalities, Map<String, Set<String>> wants) {
		this(nodes, edges, topics, population, countyMunicipalities, wants, Map.of());
	}

	/** The same facts without the given ties, for backtests. */
	public NetworkFacts without(Set<GraphEdge> hidden) {
		return new NetworkFacts(this.nodes, this.edges.stream().filter(edge -> !hidden.contains(edge)).toList(),
				this.topics, this.population, this.countyMunicipalities, this.wants, this.worksOn);
	}

}
