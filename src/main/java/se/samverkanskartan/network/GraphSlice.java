package se.samverkanskartan.network;

import java.util.List;

/**
 * The whole network, or the part a filter keeps, with the topics its ties use.
 *
 * @param nodes the organisations
 * @param edges the ties between them; both ends are always among the nodes
 * @param topics the topics of the cooperation ties, for the legend
 * @param hiddenHubs the hubs the filter hid
 */
public record GraphSlice(List<GraphNode> nodes, List<GraphEdge> edges, List<Topic> topics, List<GraphNode> hiddenHubs) {

}
