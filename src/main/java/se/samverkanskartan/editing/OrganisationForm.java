package se.samverkanskartan.editing;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

/**
 * An organisation as the form edits it.
 *
 * @param id its node id, e.g. actor:fryshuset; for a new one the kind and key to use
 * @param name its name
 * @param actorType for actors, e.g. police; otherwise null
 * @param population inhabitants, where known
 * @param aliases other spellings, matched on import
 * @param validFrom the first day it existed, where known (city districts carry one)
 * @param validTo the last day it existed, null while it exists
 * @param version the version the form was read at, for optimistic locking
 */
public record OrganisationForm(@NotBlank String id, @NotBlank @Size(max = 120) String name,
		@Size(max = 60) String actorType, @PositiveOrZero Long population, List<@Size(max = 120) String> aliases,
		LocalDate validFrom, LocalDate validTo, long version) {

	public OrganisationForm {
		aliases = (aliases == null) ? List.of() : List.copyOf(aliases);
	}

	/** An organisation without a known period. */
	public OrganisationForm(String id, String name, String actorType, Long population, List<String> aliases,
			long version) {
		this(id, name, actorType, population, aliases, null, null, version);
	}

	OrganisationForm withVersion(long newVersion) {
		return new OrganisationForm(this.id, this.name, this.actorType, this.population, this.aliases, this.validFrom,
				this.validTo, newVersion);
	}

}
