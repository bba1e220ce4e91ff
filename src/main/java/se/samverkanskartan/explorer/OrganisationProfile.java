package se.samverkanskartan.explorer;

import java.util.List;

import se.samverkanskartan.network.OrganisationDetails;
import se.samverkanskartan.network.Topic;
import se.samverkanskartan.suggestions.Suggestion;

/**
 * What the map says about one organisation.
 *
 * @param details facts, cooperation per topic with evidence, forums, members, needs
 * @param gaps topics its neighbours cooperate on and it does not
 * @param partnersForNeeds the partner finder's first suggestions per stated need, then
 * per gap
 */
public record OrganisationProfile(OrganisationDetails details, List<Gap> gaps, List<NeedPartners> partnersForNeeds) {

	public OrganisationProfile {
		gaps = List.copyOf(gaps);
		partnersForNeeds = List.copyOf(partnersForNeeds);
	}

	/**
	 * @param topic the topic
	 * @param neighbours the neighbours that cooperate on it, by name
	 */
	public record Gap(Topic topic, List<String> neighbours) {

	}

	/**
	 * @param topic a stated need's topic, or one its neighbours cooperate on
	 * @param stated whether the organisation stated the need
	 * @param partners the best candidates that do not yet cooperate with it on the topic
	 */
	public record NeedPartners(Topic topic, boolean stated, List<Suggestion> partners) {

	}

}
