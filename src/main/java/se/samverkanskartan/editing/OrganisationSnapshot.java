package se.samverkanskartan.editing;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A deleted organisation as it was, with every relationship, so that its deletion can be
 * undone. Dates are kept as tagged text because JSON has none.
 *
 * @param form the fields the form shows
 * @param labels its node labels
 * @param properties all its properties, dates tagged
 * @param relationships its relationships
 */
record OrganisationSnapshot(OrganisationForm form, List<String> labels, Map<String, Object> properties,
		List<Relationship> relationships) {

	/**
	 * @param type relationship type
	 * @param outgoing whether it starts at the organisation
	 * @param otherLabel a label of the other end
	 * @param otherKeyProperty the property that identifies the other end
	 * @param otherKey its value
	 * @param properties the relationship's properties, dates tagged
	 */
	record Relationship(String type, boolean outgoing, String otherLabel, String otherKeyProperty, String otherKey,
			Map<String, Object> properties) {

	}

	/** Driver values to JSON-safe ones. */
	static Map<String, Object> tag(Map<String, Object> properties) {
		Map<String, Object> tagged = new LinkedHashMap<>();
		properties.forEach((key, value) -> tagged.put(key, switch (value) {
			case LocalDate date -> Map.of("date", date.toString());
			case ZonedDateTime time -> Map.of("datetime", time.toString());
			case OffsetDateTime time -> Map.of("datetime", time.toZonedDateTime().toString());
			case LocalDateTime time -> Map.of("localdatetime", time.toString());
			default -> value;
		}));
		return tagged;
	}

	/** Tagged values back to driver values. */
	static Map<String, Object> untag(Map<String, Object> properties) {
		Map<String, Object> values = new LinkedHashMap<>();
		properties.forEach((key, value) -> values.put(key, switch (value) {
			case Map<?, ?> map when map.containsKey("date") -> LocalDate.parse((String) map.get("date"));
			case Map<?, ?> map when map.containsKey("datetime") -> ZonedDateTime.parse((String) map.get("datetime"));
			case Map<?, ?> map when map.containsKey("localdatetime") ->
				LocalDateTime.parse((String) map.get("localdatetime"));
			default -> value;
		}));
		return values;
	}

}
