package se.samverkanskartan.network;

/**
 * A tie as drawn in the graph.
 *
 * @param id a stable id within this database
 * @param kind the relationship type
 * @param source the id of one end
 * @param target the id of the other end
 * @param topic the topic slug of a cooperation tie, otherwise null
 * @param confidence explicit, collective or inferred, where the tie carries one
 */
public record GraphEdge(String id, EdgeKind kind, String source, String target, String topic, String confidence) {

}
