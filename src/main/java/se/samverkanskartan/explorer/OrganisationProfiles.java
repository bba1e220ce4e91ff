package se.samverkanskartan.explorer;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;

import se.samverkanskartan.network.EdgeKind;
import se.samverkanskartan.network.GraphFilter;
import se.samverkanskartan.network.InvalidParameterException;
import se.samverkanskartan.network.NetworkService;
import se.samverkanskartan.network.NodeId;
import se.samverkanskartan.network.OrganisationDetails;
import se.samverkanskartan.network.Topic;
import se.samverkanskartan.suggestions.SuggestionService;

/** Builds the page about one organisation from the network and the partner finder. */
@Service
public class OrganisationProfiles {

	/** Suggestions shown per stated need. */
	static final int PARTNERS_PER_NEED = 3;

	/** Topics with suggestions at most: a page, not a report. */
	static final int TOPICS_WITH_PARTNERS = 4;

	private static final GraphFilter BORDERS_AND_COOPERATION = new GraphFilter(Set.of(), Set.of(),
			Set.of(EdgeKind.BORDERS, EdgeKind.COOPERATES_WITH));

	private final NetworkService network;

	private final SuggestionService suggestions;

	OrganisationProfiles(NetworkService network, SuggestionService suggestions) {
		this.network = network;
		this.suggestions = suggestions;
	}

	/**
	 * @param id a node id such as {@code municipality:0136}
	 * @return empty when no organisation has the id (or it is not one)
	 */
	public Optional<OrganisationProfile> find(String id, Locale locale) {
		NodeId nodeId;
		try {
			nodeId = NodeId.parse(id);
		}
		catch (IllegalArgumentException ex) {
			return Optional.empty();
		}
		return this.network.organisation(nodeId).map(details -> profile(nodeId.toString(), details, locale));
	}

	private OrganisationProfile profile(String id, OrganisationDetails details, Locale locale) {
		Map<String, Topic> topics = this.network.topics()
			.stream()
			.collect(Collectors.toMap(Topic::slug, Function.identity()));
		List<OrganisationProfile.Gap> gaps = new ArrayList<>();
		CooperationGaps.of(this.network.graph(BORDERS_AND_COOPERATION), id).forEach((slug, neighbours) -> {
			if (topics.containsKey(slug)) {
				gaps.add(new OrganisationProfile.Gap(topics.get(slug), neighbours));
			}
		});
		// The stated needs first, then the neighbours' topics it lacks
		Set<Topic> stated = new LinkedHashSet<>();
		details.needs().forEach(need -> stated.add(need.topic()));
		Set<Topic> wanted = new LinkedHashSet<>(stated);
		gaps.forEach(gap -> wanted.add(gap.topic()));
		List<OrganisationProfile.NeedPartners> partners = new ArrayList<>();
		for (Topic topic : wanted.stream().limit(TOPICS_WITH_PARTNERS).toList()) {
			partners.add(new OrganisationProfile.NeedPartners(topic, stated.contains(topic),
					partnersFor(id, topic, locale)));
		}
		return new OrganisationProfile(details, gaps, partners);
	}

	private List<se.samverkanskartan.suggestions.Suggestion> partnersFor(String id, Topic topic, Locale locale) {
		try {
			return this.suggestions.partners(id, topic.slug(), 20, locale)
				.stream()
				.filter(suggestion -> !suggestion.alreadyCooperating())
				.limit(PARTNERS_PER_NEED)
				.toList();
		}
		catch (InvalidParameterException ex) {
			// A forum or an organisation the partner finder does not rank
			return List.of();
		}
	}

}
