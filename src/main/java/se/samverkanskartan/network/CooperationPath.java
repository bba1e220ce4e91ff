package se.samverkanskartan.network;

import java.util.List;

/**
 * One shortest chain of ties between two organisations.
 *
 * @param stops the organisations along the way, from the first to the last
 * @param steps the ties between consecutive stops
 */
public record CooperationPath(List<GraphNode> stops, List<GraphEdge> steps) {

}
