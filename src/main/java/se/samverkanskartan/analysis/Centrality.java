package se.samverkanskartan.analysis;

import java.util.List;

import se.samverkanskartan.network.GraphNode;
import se.samverkanskartan.network.Topic;

/**
 * Who holds the network together, and where topics have gaps.
 *
 * @param topic the topic slug the ties were limited to, null for all
 * @param nodes every organisation with a tie, highest betweenness first
 * @param gaps per topic, the county's municipalities without a partner on it
 */
public record Centrality(String topic, List<NodeCentrality> nodes, List<TopicGap> gaps) {

	/**
	 * @param node the organisation
	 * @param partners distinct organisations and forums it is tied to
	 * @param betweenness share of shortest paths between others that pass through it
	 * (normalised, 0..1): high for brokers between otherwise separate parts
	 */
	public record NodeCentrality(GraphNode node, int partners, double betweenness) {

	}

	/**
	 * @param topic the topic
	 * @param withPartner how many of the county's municipalities have a partner on it
	 * @param without the municipalities that have none, by name
	 */
	public record TopicGap(Topic topic, int withPartner, List<GraphNode> without) {

	}

}
