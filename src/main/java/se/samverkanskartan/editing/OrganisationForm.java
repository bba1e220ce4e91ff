package se.samverkanskartan.editing;

import java.util.List;

/**
 * An organisation as the form edits it.
 *
 * @param id its node id, e.g. actor:fryshuset; for a new one the kind and key to use
 * @param name its name
 * @param actorType for actors, e.g. police; otherwise null
 * @param population inhabitants, where known
 * @param aliases other spellings, matched on import
 * @param version the version the form was read at, for optimistic locking
 */
public record OrganisationForm(String id, String name, String actorType, Long population, List<String> aliases,
		long version) {

	public OrganisationForm {
		aliases = (aliases == null) ? List.of() : List.copyOf(aliases);
	}

}
