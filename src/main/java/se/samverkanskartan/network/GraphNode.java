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
 * @param validFrom the first day it existed, null when not known (districts carry one)
 * @param validTo the last day it existed, null while it exists
 */
public record GraphNode(String id, NodeKind kind, String name, Double lat, Double lon, String actorType,
		java.time.LocalDate validFrom, java.time.LocalDate validTo) {

	/** An organisation without a known period. */
	public GraphNode(String id, NodeKind kind, String name, Double lat, Double lon, String actorType) {
		this(id, kind, name, lat, lon, actorType, null, null);
	}

	/** Whether it existed on the day. */
	public boolean existedOn(java.time.LocalDate day) {
		return (this.validFrom == null || !this.validFrom.isAfter(day))
				&& (this.validTo == null || !this.validTo.isBefore(day));
	}

}
