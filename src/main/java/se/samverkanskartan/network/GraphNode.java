package se.samverkanskartan.network;

/**
 * An organisation as drawn in the graph.
 *
 * @param id the {@link NodeId} as text
 * @param kind its kind
 * @param name its name as the sources write it
 * @param lat latitude of places, otherwise null
 * @param lon longitude of places, otherwise null
 * @param actorType the type of an actor (police, civil-society, ...), otherwise null
 */
public record GraphNode(String id, NodeKind kind, String name, Double lat, Double lon, String actorType) {

}
