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
 * @param since when the tie began, null when not known
 * @param until when it ended, null while it lasts
 */
public record GraphEdge(String id, EdgeKind kind, String source, String target, String topic, String confidence,
		java.time.LocalDate since, java.time.LocalDate until) {

	/** A tie without dates. */
	public GraphEdge(String id, EdgeKind kind, String source, String target, String topic, String confidence) {
		this(id, kind, source, target, topic, confidence, null, null);
	}

	/** Whether the tie held on the day: begun by then and not ended before. */
	public boolean heldOn(java.time.LocalDate day) {
		return (this.since == null || !this.since.isAfter(day)) && (this.until == null || !this.until.isBefore(day));
	}

}
