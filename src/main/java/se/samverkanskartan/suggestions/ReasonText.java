package se.samverkanskartan.suggestions;

import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.vaadin.flow.i18n.I18NProvider;

import se.samverkanskartan.network.NodeKind;
import se.samverkanskartan.network.Topic;
import se.samverkanskartan.suggestions.SuggestionIndex.Finding;

/** Turns findings into reasons in words, with their share of the score. */
final class ReasonText {

	private final I18NProvider i18n;

	private final Locale locale;

	private final SuggestionIndex index;

	private final Map<String, Topic> topics;

	/**
	 * Both sides' view of pairs in the latest survey round ("a|b"), for the experience
	 * reason.
	 */
	private final Map<String, se.samverkanskartan.review.Confirmation> confirmations;

	ReasonText(I18NProvider i18n, Locale locale, SuggestionIndex index, Map<String, Topic> topics) {
		this(i18n, locale, index, topics, Map.of());
	}

	ReasonText(I18NProvider i18n, Locale locale, SuggestionIndex index, Map<String, Topic> topics,
			Map<String, se.samverkanskartan.review.Confirmation> confirmations) {
		this.i18n = i18n;
		this.locale = locale;
		this.index = index;
		this.topics = topics;
		this.confirmations = confirmations;
	}

	/**
	 * A reason with less than this share of the score, or naming nothing, is not listed.
	 */
	static final double NEGLIGIBLE_SHARE = 0.05;

	List<Reason> reasons(String a, String b, Map<Signal, Finding> findings) {
		double score = SuggestionIndex.score(findings);
		List<Reason> reasons = new ArrayList<>();
		findings.forEach((signal, finding) -> {
			double share = signal.weight() * finding.value() / score;
			boolean namesNothing = (signal == Signal.COMMON_PARTNERS || signal == Signal.SHARED_FORUMS)
					&& finding.ids().isEmpty();
			if (share >= NEGLIGIBLE_SHARE && !namesNothing) {
				reasons.add(new Reason(signal, share, text(a, b, signal, finding), evidence(b, signal)));
			}
		});
		reasons.sort(Comparator.comparingDouble(Reason::share).reversed());
		return reasons;
	}

	/** The candidate's evidence page for the reasons that rest on its ties. */
	private static String evidence(String b, Signal signal) {
		return (signal == Signal.TOPIC_EXPERIENCE) ? "kallor?organisation=" + b : null;
	}

	private String text(String a, String b, Signal signal, Finding finding) {
		return switch (signal) {
			case TOPIC_EXPERIENCE -> experience(b, finding);
			case COMMON_PARTNERS -> {
				// "P1 och P3 om unga, P2": partners grouped by the topic they share
				Map<String, List<String>> byTopic = new LinkedHashMap<>();
				for (int i = 0; i < finding.ids().size(); i++) {
					byTopic.computeIfAbsent(finding.topics().get(i), topic -> new ArrayList<>())
						.add(name(finding.ids().get(i)));
				}
				List<String> groups = new ArrayList<>();
				byTopic.forEach((topic, names) -> groups
					.add(topic.isEmpty() ? list(names) : t("suggestion.reason.partner-on", list(names), topic(topic))));
				yield t("suggestion.reason.common-partners", String.join(", ", groups));
			}
			case SHARED_FORUMS ->
				t("suggestion.reason.shared-forums", list(finding.ids().stream().map(this::name).toList()));
			case SHARED_TOPICS ->
				t("suggestion.reason.shared-topics", list(finding.topics().stream().map(this::topic).toList()));
			case STATED_NEEDS ->
				(finding.ids().size() == 2) ? t("suggestion.reason.both-want", topic(finding.topics().get(0)))
						: t("suggestion.reason.one-wants", name(finding.ids().get(0)), topic(finding.topics().get(0)));
			case NEIGHBOURS -> bothMunicipalities(a, b) ? t("suggestion.reason.neighbour-municipalities")
					: t("suggestion.reason.shared-border");
			case POLICE_AREA ->
				t("suggestion.reason.police-area", list(finding.ids().stream().map(this::name).toList()));
			case SIMILAR_SIZE -> {
				NumberFormat format = NumberFormat.getIntegerInstance(this.locale);
				yield t("suggestion.reason.similar-size", format.format(this.index.population.get(a)),
						format.format(this.index.population.get(b)));
			}
		};
	}

	/**
	 * "Haninge samverkar redan om våldsbejakande extremism med Botkyrka och Huddinge", "…
	 * och deltar i Nordostkommunerna, som arbetar med det".
	 */
	private String experience(String b, Finding finding) {
		String topic = topic(finding.topics().get(0));
		List<String> parts = new ArrayList<>();
		if (!finding.ids().isEmpty()) {
			List<String> partners = new ArrayList<>(finding.ids().stream().map(this::name).toList());
			int more = finding.count() - partners.size();
			if (more > 0) {
				partners.add(t("suggestion.reason.more", more));
			}
			parts.add(t("suggestion.reason.experience-ties", name(b), topic, list(partners)));
			List<String> confirmed = finding.ids()
				.stream()
				.filter(partner -> this.confirmations.get(se.samverkanskartan.review.TieConfirmations.pair(b,
						partner)) == se.samverkanskartan.review.Confirmation.BOTH)
				.map(this::name)
				.toList();
			if (!confirmed.isEmpty()) {
				parts.add(t("suggestion.reason.experience-confirmed", list(confirmed)));
			}
		}
		if (!finding.forums().isEmpty()) {
			String forums = list(finding.forums().stream().map(this::name).toList());
			parts.add(parts.isEmpty() ? t("suggestion.reason.experience-forums", name(b), forums, topic)
					: t("suggestion.reason.experience-also-forums", forums));
		}
		return String.join(" ", parts);
	}

	private boolean bothMunicipalities(String a, String b) {
		return this.index.nodes.get(a).kind() == NodeKind.MUNICIPALITY
				&& this.index.nodes.get(b).kind() == NodeKind.MUNICIPALITY;
	}

	private String name(String id) {
		var node = this.index.nodes.get(id);
		return (node != null) ? node.name() : id;
	}

	String topicName(String slug) {
		Topic topic = this.topics.get(slug);
		return (topic != null) ? topic.name(this.locale) : slug;
	}

	private String topic(String slug) {
		Topic topic = this.topics.get(slug);
		if (topic == null) {
			return slug;
		}
		String name = topic.name(this.locale);
		// Mid-sentence, but keep acronyms such as ANDT
		boolean acronym = name.length() > 1 && Character.isUpperCase(name.charAt(1));
		return acronym ? name : name.substring(0, 1).toLowerCase(this.locale) + name.substring(1);
	}

	/** "A", "A och B", "A, B och C". */
	private String list(List<String> items) {
		if (items.size() <= 1) {
			return String.join("", items);
		}
		return String.join(", ", items.subList(0, items.size() - 1)) + " " + t("suggestion.reason.and") + " "
				+ items.get(items.size() - 1);
	}

	private String t(String key, Object... params) {
		return this.i18n.getTranslation(key, this.locale, params);
	}

}
