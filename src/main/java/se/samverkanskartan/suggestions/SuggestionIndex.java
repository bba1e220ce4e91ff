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

	/** "Similar size" only within this ratio of inhabitants. */
	static final double MAX_SIZE_RATIO = 1.5;

	/** A shared partner or forum this common among the candidate's kind is not named. */
	static final double NEGLIGIBLE_RARITY = 0.15;

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

	/** Topics each forum (grouping, activity) works on, from the sources. */
	final Map<String, Set<String>> worksOn;

	/** Candidates per kind, for how rare a shared partner or forum is. */
	private final Map<NodeKind, Integer> candidatesOfKind = new EnumMap<>(NodeKind.class);

	/** Per partner or forum, how many of its partners or members are of each kind. */
	private final Map<String, Map<NodeKind, Integer>> reach = new HashMap<>();

	/** Per topic, each organisation's partners on it. */
	private final Map<String, Map<String, Set<String>>> partnersOnTopic = new HashMap<>();

	/** Per partner or forum, its rarity for candidates of each kind (by ordinal). */
	private final Map<String, double[]> rarities = new HashMap<>();

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
		this.worksOn = facts.worksOn();
		this.candidates.forEach(id -> this.candidatesOfKind.merge(this.nodes.get(id).kind(), 1, Integer::sum));
		this.partners.forEach((z, ofZ) -> ofZ.keySet().forEach(partner -> countReach(z, partner)));
		this.forumsOf.forEach((member, forums) -> forums.forEach(forum -> countReach(forum, member)));
		this.reach.keySet().forEach(hub -> {
			double[] byKind = new double[NodeKind.values().length];
			for (NodeKind kind : NodeKind.values()) {
				byKind[kind.ordinal()] = rarity(hub, kind);
			}
			this.rarities.put(hub, byKind);
		});
	}

	private void countReach(String hub, String reached) {
		GraphNode node = this.nodes.get(reached);
		if (node != null) {
			this.reach.computeIfAbsent(hub, id -> new EnumMap<>(NodeKind.class)).merge(node.kind(), 1, Integer::sum);
		}
	}

	/**
	 * How rare a shared partner or forum is among organisations of the candidate's kind:
	 * ln(N/n) / ln N for n of the N candidates of that kind, so 0 for one that nearly
	 * every such organisation shares (BRON, the police's citizen pledges) and 1 for one
	 * that only one has.
	 */
	double rarity(String hub, String candidate) {
		double[] byKind = this.rarities.get(hub);
		return (byKind != null) ? byKind[this.nodes.get(candidate).kind().ordinal()] : 1;
	}

	private double rarity(String hub, NodeKind kind) {
		int all = this.candidatesOfKind.getOrDefault(kind, 0);
		int reached = this.reach.getOrDefault(hub, Map.of()).getOrDefault(kind, 0);
		if (all < 2 || reached < 1) {
			return 1;
		}
		return Math.max(0, Math.log((double) all / reached) / Math.log(all));
	}

	private void link(String from, String to, String topic) {
		this.partners.computeIfAbsent(from, id -> new HashMap<>())
			.computeIfAbsent(to, id -> new HashSet<>())
			.add(topic);
		this.topicsOf.computeIfAbsent(from, id -> new HashSet<>()).add(topic);
		this.partnersOnTopic.computeIfAbsent(topic, slug -> new HashMap<>())
			.computeIfAbsent(from, id -> new HashSet<>())
			.add(to);
	}

	static String pair(String a, String b) {
		return (a.compareTo(b) < 0) ? a + "|" + b : b + "|" + a;
	}

	boolean isCandidate(String id) {
		GraphNode node = this.nodes.get(id);
		return node != null && CANDIDATE_KINDS.contains(node.kind());
	}

	/** How many partners the organisation has on the topic, or (null) on any. */
	int partnerCount(String id, String topic) {
		Map<String, ? extends Object> partners = this.partners.get(id);
		if (topic == null) {
			return (partners == null) ? 0 : partners.size();
		}
		Set<String> onTopic = this.partnersOnTopic.getOrDefault(topic, Map.of()).get(id);
		return (onTopic == null) ? 0 : onTopic.size();
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
		experience(a, b, topic, found);
		commonPartners(a, b, topic, found);
		sharedForums(a, b, found);
		sharedTopics(a, b, topic, found);
		statedNeeds(a, b, topic, found);
		if (this.borders.contains(pair(a, b))) {
			found.put(Signal.NEIGHBOURS, new Finding(1.0, List.of(), List.of()));
		}
		List<String> areas = intersection(this.policeAreasOf.get(a), this.policeAreasOf.get(b));
		if (!areas.isEmpty()) {
			found.put(Signal.POLICE_AREA, new Finding(1.0, areas, List.of()));
		}
		Long sizeA = this.population.get(a);
		Long sizeB = this.population.get(b);
		if (sizeA != null && sizeB != null && sizeA > 0 && sizeB > 0) {
			double similarity = 1 - Math.abs(Math.log((double) sizeA / sizeB)) / Math.log(MAX_SIZE_RATIO);
			if (similarity > 0) {
				found.put(Signal.SIMILAR_SIZE, new Finding(similarity, List.of(), List.of()));
			}
		}
		return found;
	}

	/**
	 * The candidate's own work on the chosen topic: its ties on it (the asking
	 * organisation's aside) and the forums on it that it belongs to, each counted once.
	 */
	private void experience(String a, String b, String topic, Map<Signal, Finding> found) {
		if (topic == null) {
			return;
		}
		// Counted first without copying: most candidates have no experience on the topic
		Set<String> onTopic = this.partnersOnTopic.getOrDefault(topic, Map.of()).get(b);
		int ties = (onTopic == null) ? 0 : onTopic.size() - (onTopic.contains(a) ? 1 : 0);
		Set<String> forums = this.forumsOf.get(b);
		int forumCount = 0;
		if (forums != null) {
			for (String forum : forums) {
				if (this.worksOn.getOrDefault(forum, Set.of()).contains(topic)) {
					forumCount++;
				}
			}
		}
		double amount = ties + forumCount;
		if (amount == 0) {
			return;
		}
		List<String> forumsOnTopic = (forumCount == 0) ? List.of()
				: forums.stream()
					.filter(forum -> this.worksOn.getOrDefault(forum, Set.of()).contains(topic))
					.sorted()
					.limit(MAX_ITEMS)
					.toList();
		found.put(Signal.TOPIC_EXPERIENCE, new Finding(1 - Math.exp(-0.7 * amount),
				firstByName((onTopic == null) ? Set.of() : onTopic, a), List.of(topic), forumsOnTopic, ties));
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
		double weight = 0;
		List<String> telling = null;
		Map<String, Set<String>> fewer = (ofA.size() <= ofB.size()) ? ofA : ofB;
		Map<String, Set<String>> more = (fewer == ofA) ? ofB : ofA;
		for (String z : fewer.keySet()) {
			if (more.containsKey(z)) {
				double rarity = rarity(z, b);
				weight += rarity / Math.sqrt(this.partners.get(z).size());
				if (rarity >= NEGLIGIBLE_RARITY) {
					telling = (telling == null) ? new ArrayList<>() : telling;
					telling.add(z);
				}
			}
		}
		if (weight == 0) {
			return;
		}
		telling = (telling == null) ? new ArrayList<>() : telling;
		// Rare partners say most; name those first, and none that nearly everyone shares
		telling.sort(Comparator.comparingDouble((String z) -> -rarity(z, b)).thenComparing(z -> z));
		List<String> shown = telling.subList(0, Math.min(MAX_ITEMS, telling.size()));
		List<String> topics = shown.stream().map(z -> sharedTopic(ofA.get(z), ofB.get(z), topic)).toList();
		found.put(Signal.COMMON_PARTNERS, new Finding(1 - Math.exp(-2 * weight), List.copyOf(shown), topics));
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
		List<String> shared = intersection(this.forumsOf.get(a), this.forumsOf.get(b));
		if (shared.isEmpty()) {
			return;
		}
		double weight = shared.stream().mapToDouble(forum -> rarity(forum, b)).sum();
		if (weight == 0) {
			return;
		}
		List<String> rarestFirst = shared.stream()
			.filter(forum -> rarity(forum, b) >= NEGLIGIBLE_RARITY)
			.sorted(Comparator.comparingDouble((String forum) -> -rarity(forum, b)).thenComparing(forum -> forum))
			.limit(MAX_ITEMS)
			.toList();
		found.put(Signal.SHARED_FORUMS, new Finding(1 - Math.exp(-weight), rarestFirst, List.of()));
	}

	/** The first few by name, without sorting them all (a hub has hundreds). */
	private List<String> firstByName(Set<String> ids, String leftOut) {
		Comparator<String> byName = Comparator.comparing((String id) -> this.nodes.get(id).name())
			.thenComparing(id -> id);
		List<String> first = new ArrayList<>(MAX_ITEMS + 1);
		for (String id : ids) {
			if (!id.equals(leftOut)) {
				int at = 0;
				while (at < first.size() && byName.compare(first.get(at), id) < 0) {
					at++;
				}
				if (at < MAX_ITEMS) {
					first.add(at, id);
					if (first.size() > MAX_ITEMS) {
						first.removeLast();
					}
				}
			}
		}
		return List.copyOf(first);
	}

	/** What both sets hold, sorted; no copies when either is empty (most pairs). */
	private static List<String> intersection(Set<String> first, Set<String> second) {
		if (first == null || second == null || first.isEmpty() || second.isEmpty()) {
			return List.of();
		}
		Set<String> smaller = (first.size() <= second.size()) ? first : second;
		Set<String> larger = (smaller == first) ? second : first;
		List<String> both = new ArrayList<>();
		for (String item : smaller) {
			if (larger.contains(item)) {
				both.add(item);
			}
		}
		both.sort(null);
		return both;
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
	 * @param forums forums it names (topic experience: those on the topic)
	 * @param count how many organisations it rests on in all (topic experience: ties on
	 * the topic), of which {@code ids} are the first few
	 */
	record Finding(double value, List<String> ids, List<String> topics, List<String> forums, int count) {

		Finding(double value, List<String> ids, List<String> topics) {
			this(value, ids, topics, List.of(), ids.size());
		}

	}

}
