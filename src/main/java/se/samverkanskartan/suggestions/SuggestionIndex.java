package se.samverkanskartan.suggestions;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import se.samverkanskartan.network.EdgeKind;
import se.samverkanskartan.network.GraphEdge;
import se.samverkanskartan.network.GraphNode;
import se.samverkanskartan.network.NetworkFacts;
import se.samverkanskartan.network.NodeKind;

/**
 * The network indexed for scoring pairs. Pure and in memory, so that it can be built once
 * per data version and scored thousands of times (and on constructed graphs in tests).
 */
final class SuggestionIndex {

	/** Organisations that can be suggested; forums only connect them. */
	static final Set<NodeKind> CANDIDATE_KINDS = EnumSet.of(NodeKind.MUNICIPALITY, NodeKind.CITY_DISTRICT,
			NodeKind.ACTOR);

	private static final int MAX_ITEMS = 3;

	final Map<String, GraphNode> nodes = new HashMap<>();

	final List<String> candidates;

	/** Cooperation partners per organisation, with the topics of their ties. */
	final Map<String, Map<String, Set<String>>> partners = new HashMap<>();

	final Map<String, Set<String>> topicsOf = new HashMap<>();

	/** How many organisations work on each topic, so rare shared topics come first. */
	final Map<String, Integer> topicUse = new HashMap<>();

	final Map<String, Set<String>> forumsOf = new HashMap<>();

	final Map<String, Integer> forumSize = new HashMap<>();

	final Map<String, Set<String>> policeAreasOf = new HashMap<>();

	final Set<String> borders = new HashSet<>();

	final Set<String> related = new HashSet<>();

	final Map<String, Long> population;

	final Map<String, Set<String>> wants;

	final NetworkFacts facts;

	SuggestionIndex(NetworkFacts facts) {
		this.facts = facts;
		facts.nodes().forEach(node -> this.nodes.put(node.id(), node));
		this.candidates = facts.nodes()
			.stream()
			.filter(node -> CANDIDATE_KINDS.contains(node.kind()))
			.map(GraphNode::id)
			.sorted()
			.toList();
		for (GraphEdge edge : facts.edges()) {
			switch (edge.kind()) {
				case COOPERATES_WITH -> {
					link(edge.source(), edge.target(), edge.topic());
					link(edge.target(), edge.source(), edge.topic());
				}
				case MEMBER_OF -> {
					this.forumsOf.computeIfAbsent(edge.source(), id -> new HashSet<>()).add(edge.target());
					this.forumSize.merge(edge.target(), 1, Integer::sum);
				}
				case COVERS ->
					this.policeAreasOf.computeIfAbsent(edge.target(), id -> new HashSet<>()).add(edge.source());
				case BORDERS -> this.borders.add(pair(edge.source(), edge.target()));
				case PART_OF -> this.related.add(pair(edge.source(), edge.target()));
				default -> {
				}
			}
		}
		this.topicsOf.values().forEach(topics -> topics.forEach(topic -> this.topicUse.merge(topic, 1, Integer::sum)));
		this.population = facts.population();
		this.wants = facts.wants();
	}

	private void link(String from, String to, String topic) {
		this.partners.computeIfAbsent(from, id -> new HashMap<>())
			.computeIfAbsent(to, id -> new HashSet<>())
			.add(topic);
		this.topicsOf.computeIfAbsent(from, id -> new HashSet<>()).add(topic);
	}

	static String pair(String a, String b) {
		return (a.compareTo(b) < 0) ? a + "|" + b : b + "|" + a;
	}

	boolean isCandidate(String id) {
		GraphNode node = this.nodes.get(id);
		return node != null && CANDIDATE_KINDS.contains(node.kind());
	}

	/** Whether the pair has a cooperation tie, on the topic or (null) on any. */
	boolean cooperates(String a, String b, String topic) {
		Set<String> topics = this.partners.getOrDefault(a, Map.of()).get(b);
		return topics != null && (topic == null || topics.contains(topic));
	}

	/**
	 * Whether the pair may be suggested at all: two organisations, not parent and part.
	 */
	boolean suggestible(String a, String b) {
		return !a.equals(b) && !this.related.contains(pair(a, b));
	}

	/** Each signal's value for the pair, with what it rests on. Values are 0..1. */
	Map<Signal, Finding> findings(String a, String b, String topic) {
		Map<Signal, Finding> found = new EnumMap<>(Signal.class);
		commonPartners(a, b, topic, found);
		sharedForums(a, b, found);
		sharedTopics(a, b, topic, found);
		statedNeeds(a, b, topic, found);
		if (this.borders.contains(pair(a, b))) {
			found.put(Signal.NEIGHBOURS, new Finding(1.0, List.of(), List.of()));
		}
		Set<String> areas = new TreeSet<>(this.policeAreasOf.getOrDefault(a, Set.of()));
		areas.retainAll(this.policeAreasOf.getOrDefault(b, Set.of()));
		if (!areas.isEmpty()) {
			found.put(Signal.POLICE_AREA, new Finding(1.0, List.copyOf(areas), List.of()));
		}
		Long sizeA = this.population.get(a);
		Long sizeB = this.population.get(b);
		if (sizeA != null && sizeB != null && sizeA > 0 && sizeB > 0) {
			double similarity = 1 - Math.min(1, Math.abs(Math.log((double) sizeA / sizeB)) / Math.log(10));
			if (similarity > 0) {
				found.put(Signal.SIMILAR_SIZE, new Finding(similarity, List.of(), List.of()));
			}
		}
		return found;
	}

	/** The weighted sum of the findings. */
	static double score(Map<Signal, Finding> findings) {
		return findings.entrySet()
			.stream()
			.mapToDouble(entry -> entry.getKey().weight() * entry.getValue().value())
			.sum();
	}

	private void commonPartners(String a, String b, String topic, Map<Signal, Finding> found) {
		Map<String, Set<String>> ofA = this.partners.getOrDefault(a, Map.of());
		Map<String, Set<String>> ofB = this.partners.getOrDefault(b, Map.of());
		double allocation = 0;
		List<String> common = new ArrayList<>();
		for (String z : ofA.keySet()) {
			if (ofB.containsKey(z)) {
				allocation += 1.0 / this.partners.get(z).size();
				common.add(z);
			}
		}
		if (common.isEmpty()) {
			return;
		}
		// Partners shared with few others say most; name those first
		common.sort(Comparator.comparingInt((String z) -> this.partners.get(z).size()).thenComparing(z -> z));
		List<String> shown = common.subList(0, Math.min(MAX_ITEMS, common.size()));
		List<String> topics = shown.stream().map(z -> sharedTopic(ofA.get(z), ofB.get(z), topic)).toList();
		found.put(Signal.COMMON_PARTNERS, new Finding(1 - Math.exp(-2 * allocation), List.copyOf(shown), topics));
	}

	/** The topic both have with a common partner: the chosen one if possible, else "". */
	private String sharedTopic(Set<String> withA, Set<String> withB, String topic) {
		if (topic != null && withA.contains(topic) && withB.contains(topic)) {
			return topic;
		}
		return withA.stream()
			.filter(withB::contains)
			.min(Comparator.comparingInt((String t) -> this.topicUse.getOrDefault(t, 0)).thenComparing(t -> t))
			.orElse("");
	}

	private void sharedForums(String a, String b, Map<Signal, Finding> found) {
		Set<String> shared = new TreeSet<>(this.forumsOf.getOrDefault(a, Set.of()));
		shared.retainAll(this.forumsOf.getOrDefault(b, Set.of()));
		if (shared.isEmpty()) {
			return;
		}
		double adamicAdar = shared.stream()
			.mapToDouble(forum -> 1 / Math.log(Math.max(2, this.forumSize.get(forum))))
			.sum();
		List<String> bySize = shared.stream()
			.sorted(Comparator.comparingInt(this.forumSize::get))
			.limit(MAX_ITEMS)
			.toList();
		found.put(Signal.SHARED_FORUMS, new Finding(1 - Math.exp(-adamicAdar), bySize, List.of()));
	}

	private void sharedTopics(String a, String b, String topic, Map<Signal, Finding> found) {
		Set<String> ofA = this.topicsOf.getOrDefault(a, Set.of());
		Set<String> ofB = this.topicsOf.getOrDefault(b, Set.of());
		if (topic != null) {
			if (ofA.contains(topic) && ofB.contains(topic)) {
				found.put(Signal.SHARED_TOPICS, new Finding(1.0, List.of(), List.of(topic)));
			}
			return;
		}
		Set<String> shared = new HashSet<>(ofA);
		shared.retainAll(ofB);
		if (shared.isEmpty()) {
			return;
		}
		Set<String> union = new HashSet<>(ofA);
		union.addAll(ofB);
		List<String> rarestFirst = shared.stream()
			.sorted(Comparator.comparingInt((String t) -> this.topicUse.getOrDefault(t, 0)).thenComparing(t -> t))
			.limit(MAX_ITEMS)
			.toList();
		found.put(Signal.SHARED_TOPICS, new Finding((double) shared.size() / union.size(), List.of(), rarestFirst));
	}

	/**
	 * Wishes count most when both wish the same topic, then when one wishes what the
	 * other already works on, then a wish alone.
	 */
	private void statedNeeds(String a, String b, String topic, Map<Signal, Finding> found) {
		Set<String> wishedA = this.wants.getOrDefault(a, Set.of());
		Set<String> wishedB = this.wants.getOrDefault(b, Set.of());
		Set<String> topics = new TreeSet<>(wishedA);
		topics.addAll(wishedB);
		if (topic != null) {
			topics.retainAll(Set.of(topic));
		}
		Finding best = null;
		for (String t : topics) {
			boolean wantsA = wishedA.contains(t);
			boolean wantsB = wishedB.contains(t);
			double value = (wantsA && wantsB) ? 1.0 : (wantsA && this.topicsOf.getOrDefault(b, Set.of()).contains(t))
					|| (wantsB && this.topicsOf.getOrDefault(a, Set.of()).contains(t)) ? 0.75 : 0.5;
			List<String> who = (wantsA && wantsB) ? List.of(a, b) : List.of(wantsA ? a : b);
			if (best == null || value > best.value()) {
				best = new Finding(value, who, List.of(t));
			}
		}
		if (best != null) {
			found.put(Signal.STATED_NEEDS, best);
		}
	}

	/**
	 * A signal's value and what it rests on.
	 *
	 * @param value 0..1
	 * @param ids the organisations or forums it names (common partners, forums, police
	 * areas, who wishes)
	 * @param topics topic slugs it names; for common partners one per id ("" for none)
	 */
	record Finding(double value, List<String> ids, List<String> topics) {

	}

}
