package se.samverkanskartan.editing;

import java.time.ZonedDateTime;

/**
 * One recorded change.
 *
 * @param id the change's id
 * @param at when
 * @param by who
 * @param kind tie-created, tie-updated, tie-deleted, or revert
 * @param tieId the tie it concerns
 * @param summary a line for the activity list, e.g. "Ekerö – Salem (Krisberedskap)"
 * @param before the tie before, null when created
 * @param after the tie after, null when deleted
 */
public record Change(String id, ZonedDateTime at, String by, String kind, String tieId, String summary, TieForm before,
		TieForm after) {

}
