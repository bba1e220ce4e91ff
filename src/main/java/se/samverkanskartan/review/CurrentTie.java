package se.samverkanskartan.review;

import java.time.ZonedDateTime;

/**
 * A cooperation tie or forum membership of the answering organisation, as the map has it.
 *
 * @param id the tie's id
 * @param partnerId the other organisation
 * @param topic its topic's slug; null for a forum membership
 * @param lastChanged when an editor last changed it, or null
 * @param description what it says now, for an editor comparing it with an answer
 */
record CurrentTie(String id, String partnerId, String topic, ZonedDateTime lastChanged, String description) {

	boolean membership() {
		return this.topic == null;
	}

}
