package se.samverkanskartan.review;

import java.time.ZonedDateTime;

/**
 * A cooperation tie of the answering organisation as the map has it today.
 *
 * @param id the tie's id
 * @param partnerId the other organisation
 * @param topic its topic's slug
 * @param lastChanged when an editor last changed it, or null
 * @param description what it says now, for an editor comparing it with an answer
 */
record CurrentTie(String id, String partnerId, String topic, ZonedDateTime lastChanged, String description) {

}
