package se.samverkanskartan.explorer.ui;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.vaadin.flow.router.QueryParameters;

import se.samverkanskartan.network.GraphFilter;
import se.samverkanskartan.network.NodeId;
import se.samverkanskartan.network.NodeKind;

/**
 * The explorer's view state in the URL, so that a view can be bookmarked, shared and
 * stepped back through. Values the app does not know are dropped and reported by name.
 */
final class ExplorerUrl {

	static final String TOPIC = "topic";

	static final String KIND = "kind";

	static final String ACTOR_TYPE = "actorType";

	static final String FORUM = "forum";

	static final String MUNICIPALITY = "municipality";

	static final String CONFIDENCE = "confidence";

	static final String HIDE_HUBS = "hideHubs";

	static final String SELECTED = "selected";

	static final String LAYOUT = "layout";

	static final String EGO = "ego";

	static final String VIEW = "view";

	static final String PATH_TO = "pathTo";

	static final String TIE = "tie";

	static final String CLUSTERS = "clusters";

	static final String SUGGEST = "suggest";

	static final String SAVED = "saved";

	static final String AS_OF = "asOf";

	static final String COMPARE = "compare";

	/** Both sides' view in the latest survey round: both, one-side or contradictory. */
	static final String SIDES = "sides";

	static final String SHADE = "shade";

	static final List<String> LAYOUTS = List.of("fcose", "geographic", "concentric", "grouped");

	private static final Set<String> CONFIDENCES = Set.of("explicit", "collective", "inferred");

	private ExplorerUrl() {
	}

	/**
	 * The state read from a URL.
	 *
	 * @param filter the filter
	 * @param selected the selected node id, or null
	 * @param choices layout, ego network, table, overlays and frozen positions
	 * @param problems the parameters that were not understood, as "name=value"
	 */
	record State(GraphFilter filter, String selected, ViewChoices choices, String pathTo, String tie,
			List<String> problems) {

		/** The start page's address without a query. */
		static final State EMPTY = new State(GraphFilter.EVERYTHING, null, ViewChoices.DEFAULT, null, null, List.of());

		/** The same view under another filter; an open tie panel closes. */
		State withFilter(GraphFilter other) {
			return new State(other, this.selected, this.choices, this.pathTo, null, List.of());
		}

		/** Another selection (null clears it); a path stays only while its start does. */
		State withSelected(String nodeId) {
			String path = java.util.Objects.equals(nodeId, this.selected) ? this.pathTo : null;
			return new State(this.filter, nodeId, this.choices, path, null, List.of());
		}

		/**
		 * The same view with other view choices (layout, ego, colours, overlays,
		 * compare).
		 */
		State withChoices(ViewChoices other) {
			return new State(this.filter, this.selected, other, this.pathTo, null, List.of());
		}

		/** The paths from one organisation to another. */
		State withPath(String from, String target) {
			return new State(this.filter, from, this.choices, target, null, List.of());
		}

		/** One tie's panel instead of the selection. */
		State withTie(String tieId) {
			return new State(this.filter, null, this.choices, null, tieId, List.of());
		}

		QueryParameters toQuery() {
			return ExplorerUrl.toQuery(this.filter, this.selected, this.choices, this.pathTo, this.tie);
		}

	}

	/**
	 * Whether going from one state to another changes what the graph draws (the
	 * organisations and ties, their colours, suggested ties or frozen positions), as
	 * opposed to only the selection, the layout or the side panel.
	 */
	static boolean redrawNeeded(State from, State to) {
		ViewChoices before = from.choices();
		ViewChoices after = to.choices();
		boolean selectionMatters = (after.ego() != 0 || after.suggest())
				&& !java.util.Objects.equals(from.selected(), to.selected());
		return !from.filter().equals(to.filter()) || selectionMatters || before.ego() != after.ego()
				|| before.clusters() != after.clusters() || before.suggest() != after.suggest()
				|| !java.util.Objects.equals(before.saved(), after.saved())
				|| !java.util.Objects.equals(before.compare(), after.compare())
				|| !java.util.Objects.equals(before.sides(), after.sides());
	}

	static QueryParameters toQuery(GraphFilter filter, String selected, ViewChoices choices, String pathTo,
			String tie) {
		Map<String, List<String>> query = new LinkedHashMap<>();
		put(query, TOPIC, filter.topics());
		put(query, KIND, filter.kinds().stream().map(NodeKind::slug).collect(Collectors.toSet()));
		put(query, ACTOR_TYPE, filter.actorTypes());
		put(query, FORUM, filter.forums());
		put(query, MUNICIPALITY, filter.municipalities());
		put(query, CONFIDENCE, filter.confidences());
		if (filter.hideHubs()) {
			query.put(HIDE_HUBS, List.of("true"));
		}
		if (filter.asOf() != null) {
			query.put(AS_OF, List.of(filter.asOf().toString()));
		}
		if (selected != null) {
			query.put(SELECTED, List.of(selected));
		}
		if (!"fcose".equals(choices.layout())) {
			query.put(LAYOUT, List.of(choices.layout()));
		}
		if (choices.ego() != 0) {
			query.put(EGO, List.of(String.valueOf(choices.ego())));
		}
		if (choices.table()) {
			query.put(VIEW, List.of("table"));
		}
		if (choices.clusters()) {
			query.put(CLUSTERS, List.of("on"));
		}
		if (choices.suggest()) {
			query.put(SUGGEST, List.of("on"));
		}
		if (choices.saved() != null) {
			query.put(SAVED, List.of(choices.saved()));
		}
		if (choices.compare() != null) {
			query.put(COMPARE, List.of(choices.compare().toString()));
		}
		if (choices.shade()) {
			query.put(SHADE, List.of("on"));
		}
		if (choices.sides() != null) {
			query.put(SIDES, List.of(choices.sides()));
		}
		if (selected != null && pathTo != null) {
			query.put(PATH_TO, List.of(pathTo));
		}
		if (tie != null) {
			query.put(TIE, List.of(tie));
		}
		return new QueryParameters(query);
	}

	static State fromQuery(QueryParameters query, Set<String> knownTopics) {
		Map<String, List<String>> parameters = query.getParameters();
		List<String> problems = new ArrayList<>();
		Set<String> topics = read(parameters, TOPIC, problems, value -> knownTopics.contains(value) ? value : null);
		Set<NodeKind> kinds = read(parameters, KIND, problems, ExplorerUrl::kind);
		Set<String> actorTypes = read(parameters, ACTOR_TYPE, problems,
				value -> value.matches("[a-z-]+") ? value : null);
		Set<String> forums = read(parameters, FORUM, problems, value -> nodeOf(value, NodeKind.FORUM));
		Set<String> municipalities = read(parameters, MUNICIPALITY, problems,
				value -> nodeOf(value, NodeKind.MUNICIPALITY));
		Set<String> confidences = read(parameters, CONFIDENCE, problems,
				value -> CONFIDENCES.contains(value) ? value : null);
		Set<Boolean> hideHubs = read(parameters, HIDE_HUBS, problems,
				value -> Boolean.parseBoolean(value) || "false".equals(value) ? Boolean.valueOf(value) : null);
		Set<String> selected = read(parameters, SELECTED, problems, ExplorerUrl::anyNode);
		Set<String> layout = read(parameters, LAYOUT, problems, value -> LAYOUTS.contains(value) ? value : null);
		Set<Integer> ego = read(parameters, EGO, problems,
				value -> value.matches("-?[0-3]") ? Integer.valueOf(value) : null);
		Set<String> pathTo = read(parameters, PATH_TO, problems, ExplorerUrl::anyNode);
		Set<String> tie = read(parameters, TIE, problems, value -> value.length() <= 200 ? value : null);
		Set<String> view = read(parameters, VIEW, problems,
				value -> "table".equals(value) || "graph".equals(value) ? value : null);
		Set<Boolean> clusters = read(parameters, CLUSTERS, problems, ExplorerUrl::flag);
		Set<Boolean> suggest = read(parameters, SUGGEST, problems, ExplorerUrl::flag);
		Set<String> saved = read(parameters, SAVED, problems, value -> value.matches("[a-f0-9]{8}") ? value : null);
		Set<java.time.LocalDate> asOf = read(parameters, AS_OF, problems, ExplorerUrl::date);
		Set<java.time.LocalDate> compare = read(parameters, COMPARE, problems, ExplorerUrl::date);
		Set<Boolean> shade = read(parameters, SHADE, problems, ExplorerUrl::flag);
		Set<String> sides = read(parameters, SIDES, problems,
				value -> ViewChoices.SIDES.contains(value) ? value : null);
		var filter = new GraphFilter(kinds, topics, Set.of(), actorTypes, forums, municipalities, confidences,
				hideHubs.contains(Boolean.TRUE), asOf.stream().findFirst().orElse(null));
		var choices = new ViewChoices(layout.stream().findFirst().orElse("fcose"), ego.stream().findFirst().orElse(0),
				view.contains("table"), clusters.contains(Boolean.TRUE), suggest.contains(Boolean.TRUE),
				saved.stream().findFirst().orElse(null), compare.stream().findFirst().orElse(null),
				shade.contains(Boolean.TRUE), sides.stream().findFirst().orElse(null));
		return new State(filter, selected.stream().findFirst().orElse(null), choices,
				pathTo.stream().findFirst().orElse(null), tie.stream().findFirst().orElse(null), List.copyOf(problems));
	}

	private static java.time.LocalDate date(String value) {
		try {
			return java.time.LocalDate.parse(value);
		}
		catch (java.time.format.DateTimeParseException ex) {
			return null;
		}
	}

	private static Boolean flag(String value) {
		return switch (value) {
			case "on", "true" -> Boolean.TRUE;
			case "off", "false" -> Boolean.FALSE;
			default -> null;
		};
	}

	private static void put(Map<String, List<String>> query, String name, Set<String> values) {
		if (!values.isEmpty()) {
			query.put(name, values.stream().sorted().toList());
		}
	}

	private static <T> Set<T> read(Map<String, List<String>> parameters, String name, List<String> problems,
			Function<String, T> parse) {
		List<String> values = parameters.getOrDefault(name, List.of())
			.stream()
			.flatMap(value -> Arrays.stream(value.split(",")))
			.filter(value -> !value.isBlank())
			.toList();
		var parsed = new java.util.HashSet<T>();
		for (String value : values) {
			T result = parse.apply(value);
			if (result == null) {
				problems.add(name + "=" + value);
			}
			else {
				parsed.add(result);
			}
		}
		return parsed;
	}

	private static NodeKind kind(String value) {
		return Arrays.stream(NodeKind.values()).filter(kind -> kind.slug().equals(value)).findFirst().orElse(null);
	}

	private static String nodeOf(String value, NodeKind kind) {
		String id = anyNode(value);
		return (id != null && NodeId.parse(id).kind() == kind) ? id : null;
	}

	private static String anyNode(String value) {
		try {
			return NodeId.parse(value).toString();
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

}
