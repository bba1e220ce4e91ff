package se.samverkanskartan.editing;

import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;

import tools.jackson.core.type.TypeReference;

/**
 * One recorded change.
 *
 * @param id the change's id
 * @param at when
 * @param by who
 * @param kind what happened, e.g. tie-updated, organisation-deleted, topic-created or
 * revert
 * @param subjectId the tie, organisation or topic it concerns
 * @param summary a line for the activity list, e.g. "Ekerö – Salem (Krisberedskap)"
 * @param organisations the organisations concerned, for an organisation's history
 * @param beforeJson the subject before, as JSON; null when created
 * @param afterJson the subject after, as JSON; null when deleted
 */
public record Change(String id, ZonedDateTime at, String by, String kind, String subjectId, String summary,
		List<String> organisations, String beforeJson, String afterJson) {

	private static final TypeReference<Map<String, Object>> FIELDS = new TypeReference<>() {
	};

	public Change {
		organisations = (organisations == null) ? List.of() : List.copyOf(organisations);
	}

	/** The subject before the change, read as the given form; null when created. */
	public <T> T before(Class<T> type) {
		return (this.beforeJson == null) ? null : ChangeLog.JSON.readValue(this.beforeJson, type);
	}

	/** The subject after the change, read as the given form; null when deleted. */
	public <T> T after(Class<T> type) {
		return (this.afterJson == null) ? null : ChangeLog.JSON.readValue(this.afterJson, type);
	}

	/** The fields before, by name, for showing what changed; empty when created. */
	public Map<String, Object> beforeFields() {
		return (this.beforeJson == null) ? Map.of() : ChangeLog.JSON.readValue(this.beforeJson, FIELDS);
	}

	/** The fields after, by name; empty when deleted. */
	public Map<String, Object> afterFields() {
		return (this.afterJson == null) ? Map.of() : ChangeLog.JSON.readValue(this.afterJson, FIELDS);
	}

	/** Reverts and merges are not undone from the history. */
	public boolean revertible() {
		return !this.kind.equals("revert") && !this.kind.equals("organisation-merged");
	}

}
