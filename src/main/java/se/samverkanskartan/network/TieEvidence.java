package se.samverkanskartan.network;

/**
 * A tie with the evidence behind it.
 *
 * @param tieId the tie's id within this database
 * @param kind the relationship type
 * @param fromId node id of one party
 * @param fromName its name
 * @param toId node id of the other party
 * @param toName its name
 * @param topic the topic of a cooperation tie, otherwise null
 * @param confidence explicit, collective or inferred
 * @param extent the source's qualifier, e.g. "partial", where it gives one
 * @param source the document
 * @param section the section heading in it
 * @param quote the verbatim quote
 * @param since when the tie began, null when not known
 * @param until when it ended, null while it lasts
 */
public record TieEvidence(String tieId, EdgeKind kind, String fromId, String fromName, String toId, String toName,
		Topic topic, String confidence, String extent, String source, String section, String quote,
		java.time.LocalDate since, java.time.LocalDate until) {

}
