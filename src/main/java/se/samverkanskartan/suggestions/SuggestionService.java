package se.samverkanskartan.suggestions;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.vaadin.flow.i18n.I18NProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;

import se.samverkanskartan.accounts.Role;
import se.samverkanskartan.network.InvalidParameterException;
import se.samverkanskartan.network.NetworkChanged;
import se.samverkanskartan.network.NetworkService;
import se.samverkanskartan.network.NodeId;
import se.samverkanskartan.network.NodeKind;
import se.samverkanskartan.network.Topic;

/**
 * Suggests pairs that do not cooperate yet, finds partners for a topic, records decisions
 * on suggestions and backtests the suggester. The scoring is {@link Signal}'s weighted
 * sum.
 */
@Service
public class SuggestionService {

	public static final int DEFAULT_LIMIT = 20;

	public static final int MAX_LIMIT = 200;

	public static final double DEFAULT_HIDDEN_SHARE = 0.2;

	public static final long DEFAULT_SEED = 2020;

	private final NetworkService network;

	private final SuggestionDecisions decisions;

	private final I18NProvider i18n;

	private final ApplicationEventPublisher events;

	/** The index of the current data; dropped when the network changes. */
	private volatile Snapshot snapshot;

	private final se.samverkanskartan.review.TieConfirmations confirmations;

	SuggestionService(NetworkService network, SuggestionDecisions decisions, I18NProvider i18n,
			ApplicationEventPublisher events, se.samverkanskartan.review.TieConfirmations confirmations) {
		this.confirmations = confirmations;
		this.network = network;
		this.decisions = decisions;
		this.i18n = i18n;
		this.events = events;
	}

	@TransactionalEventListener(fallbackExecution = true)
	void networkChanged(NetworkChanged change) {
		this.snapshot = null;
	}

	/**
	 * Pairs without a tie (on the topic, if one is given), best first; for one
	 * organisation if given, otherwise for the whole network. Dismissed pairs are left
	 * out.
	 */
	public List<Suggestion> suggestions(String organisation, String topic, int limit, Locale locale) {
		Snapshot current = current();
		String topicSlug = checkTopic(current, topic);
		checkLimit(limit);
		Suggester suggester = current.suggester(this.i18n, locale, Map.of());
		return (organisation != null && !organisation.isBlank())
				? suggester.forOrganisation(checkOrganisation(current, organisation), topicSlug, limit)
				: suggester.forNetwork(topicSlug, limit);
	}

	/**
	 * Partners for an organisation on a topic (null: any), best first, those it already
	 * cooperates with on the topic included and marked.
	 */
	public List<Suggestion> partners(String organisation, String topic, int limit, Locale locale) {
		return partners(organisation, topic, Set.of(), limit, locale);
	}

	/** The same, among candidates of the given kinds only (all when empty). */
	public List<Suggestion> partners(String organisation, String topic, Set<NodeKind> kinds, int limit, Locale locale) {
		Snapshot current = current();
		String from = checkOrganisation(current, organisation);
		String topicSlug = checkTopic(current, topic);
		checkLimit(limit);
		for (NodeKind kind : kinds) {
			if (!SuggestionIndex.CANDIDATE_KINDS.contains(kind)) {
				throw new InvalidParameterException("kind",
						"Partners can be municipalities, city districts or actors, " + "not " + kind.slug());
			}
		}
		// The partner finder's reasons say which partners both sides named in the latest
		// survey round
		return current.suggester(this.i18n, locale, this.confirmations.current())
			.partners(from, topicSlug, kinds, limit);
	}

	/**
	 * Creates the cooperation tie on the topic, with the suggestion as its provenance,
	 * and records the decision.
	 * @return the new tie's id
	 */
	@Transactional
	@PreAuthorize(Role.CAN_EDIT)
	public String accept(Suggestion suggestion, String topic, String decidedBy) {
		Snapshot current = current();
		String topicSlug = checkTopic(current, topic);
		if (topicSlug == null) {
			throw new InvalidParameterException("topic", "A tie needs a topic");
		}
		if (current.index.cooperates(suggestion.fromId(), suggestion.toId(), topicSlug)) {
			throw new InvalidParameterException("topic", "The pair already cooperates on " + topicSlug);
		}
		String by = checkDecider(decidedBy);
		String provenance = this.i18n.getTranslation("suggestion.provenance", Locale.forLanguageTag("sv"), by,
				LocalDate.now().toString());
		String tieId = this.decisions.accept(suggestion, topicSlug, by, provenance)
			.orElseThrow(() -> new InvalidParameterException("organisation", "Organisation not found"));
		this.events.publishEvent(new NetworkChanged("suggestion accepted"));
		return tieId;
	}

	/** Hides the pair for the suggestion's topic (or every topic when it has none). */
	@Transactional
	@PreAuthorize(Role.CAN_EDIT)
	public void dismiss(Suggestion suggestion, String decidedBy) {
		if (!this.decisions.dismiss(suggestion, checkDecider(decidedBy))) {
			throw new InvalidParameterException("organisation", "Organisation not found");
		}
		this.events.publishEvent(new NetworkChanged("suggestion dismissed"));
	}

	/** Hides a seeded share of the ties and measures how well they are found again. */
	public BacktestResult backtest(double hiddenShare, long seed) {
		if (!(hiddenShare > 0 && hiddenShare < 1)) {
			throw new InvalidParameterException("hiddenShare",
					"hiddenShare must be between 0 and 1, was " + hiddenShare);
		}
		return Backtest.run(current().index.facts, hiddenShare, seed);
	}

	/**
	 * The official's question as a test, over the given number of seeds from the default
	 * one.
	 */
	public PartnerEvaluationResult partnerEvaluation(int seeds) {
		if (seeds < 1 || seeds > 20) {
			throw new InvalidParameterException("seeds", "seeds must be between 1 and 20, was " + seeds);
		}
		List<Long> chosen = java.util.stream.LongStream.range(DEFAULT_SEED, DEFAULT_SEED + seeds).boxed().toList();
		return PartnerEvaluation.run(current().index.facts, chosen);
	}

	private static String checkOrganisation(Snapshot current, String organisation) {
		if (organisation == null || organisation.isBlank()) {
			throw new InvalidParameterException("organisation", "organisation is required");
		}
		try {
			NodeId.parse(organisation);
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidParameterException("organisation", "Not an organisation id: " + organisation);
		}
		if (!current.index.isCandidate(organisation)) {
			throw new InvalidParameterException("organisation", "Unknown organisation: " + organisation);
		}
		return organisation;
	}

	private static String checkTopic(Snapshot current, String topic) {
		if (topic == null || topic.isBlank()) {
			return null;
		}
		if (!current.topics.containsKey(topic)) {
			throw new InvalidParameterException("topic", "Unknown topic: " + topic);
		}
		return topic;
	}

	private static void checkLimit(int limit) {
		if (limit < 1 || limit > MAX_LIMIT) {
			throw new InvalidParameterException("limit", "limit must be between 1 and " + MAX_LIMIT + ", was " + limit);
		}
	}

	private static String checkDecider(String decidedBy) {
		String by = (decidedBy == null) ? "" : decidedBy.strip();
		if (by.isEmpty() || by.length() > 100) {
			throw new InvalidParameterException("decidedBy", "Who decided must be given (at most 100 characters)");
		}
		return by;
	}

	private Snapshot current() {
		Snapshot current = this.snapshot;
		if (current == null) {
			var facts = this.network.facts();
			current = new Snapshot(new SuggestionIndex(facts),
					facts.topics().stream().collect(Collectors.toMap(Topic::slug, Function.identity())),
					this.decisions.dismissed());
			this.snapshot = current;
		}
		return current;
	}

	/** The index, topics and dismissals of one version of the data. */
	private record Snapshot(SuggestionIndex index, Map<String, Topic> topics, Set<String> dismissed) {

		Suggester suggester(I18NProvider i18n, Locale locale,
				Map<String, se.samverkanskartan.review.Confirmation> confirmations) {
			return new Suggester(this.index, this.dismissed,
					new ReasonText(i18n, locale, this.index, this.topics, confirmations));
		}

	}

}
