package se.samverkanskartan.editing;

import java.util.Map;

/**
 * A tie as it was when a change removed it: its type and every property, dates tagged as
 * in {@link OrganisationSnapshot}, so that undoing the removal restores it whole.
 *
 * @param type the relationship type
 * @param properties all its properties, its stable id among them
 */
record RemovedTie(String type, Map<String, Object> properties) {

}
