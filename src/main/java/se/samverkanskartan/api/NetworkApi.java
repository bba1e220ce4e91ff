package se.samverkanskartan.api;

import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import se.samverkanskartan.network.EdgeKind;
import se.samverkanskartan.network.GraphFilter;
import se.samverkanskartan.network.GraphNode;
import se.samverkanskartan.network.GraphSlice;
import se.samverkanskartan.network.InvalidParameterException;
import se.samverkanskartan.network.NetworkService;
import se.samverkanskartan.network.NodeId;
import se.samverkanskartan.network.NodeKind;
import se.samverkanskartan.network.Topic;

@RestController
@RequestMapping("/api")
@Tag(name = "Network", description = "Organisations and ties")
class NetworkApi {

	private static final Set<String> CONFIDENCES = Set.of("explicit", "collective", "inferred", "accepted");

	private final NetworkService network;

	NetworkApi(NetworkService network) {
		this.network = network;
	}

	@GetMapping("/organisations")
	@Operation(summary = "All organisations: municipalities, city districts, actors and forums")
	@BadRequestResponse
	List<GraphNode> organisations(
			@Parameter(description = "Node kinds: municipality, city-district, actor, forum") @RequestParam(
					required = false) List<String> kind) {
		Set<NodeKind> kinds = parse("kind", kind, NodeKind::ofSlug);
		return this.network.graph(GraphFilter.EVERYTHING)
			.nodes()
			.stream()
			.filter(node -> kinds.isEmpty() || kinds.contains(node.kind()))
			.toList();
	}

	@GetMapping("/topics")
	@Operation(summary = "The cooperation topics")
	List<Topic> topics() {
		return this.network.topics();
	}

	@GetMapping("/graph")
	@Operation(summary = "The network, or the part the filters keep; the same filters as the explorer")
	@BadRequestResponse
	GraphSlice graph(@Parameter(description = "Node kinds to keep") @RequestParam(required = false) List<String> kind,
			@Parameter(description = "Topic slugs") @RequestParam(required = false) List<String> topic,
			@Parameter(description = "Tie kinds, e.g. COOPERATES_WITH, MEMBER_OF, BORDERS") @RequestParam(
					required = false) List<String> tie,
			@Parameter(description = "Actor types, e.g. police") @RequestParam(required = false) List<String> actorType,
			@Parameter(description = "Forum ids: keep these forums and their members") @RequestParam(
					required = false) List<String> forum,
			@Parameter(description = "Municipality ids: keep these and what they are tied to") @RequestParam(
					required = false) List<String> municipality,
			@Parameter(description = "explicit, collective, inferred, accepted") @RequestParam(
					required = false) List<String> confidence,
			@Parameter(description = "Hide organisations with 20 or more partners") @RequestParam(
					defaultValue = "false") boolean hideHubs,
			@Parameter(description = "The network as of this day (YYYY-MM-DD)") @RequestParam(
					required = false) java.time.LocalDate asOf) {
		Set<String> knownTopics = new HashSet<>(this.network.topics().stream().map(Topic::slug).toList());
		Set<String> topics = parse("topic", topic, slug -> known(knownTopics, "topic", slug));
		Set<NodeKind> kinds = parse("kind", kind, NodeKind::ofSlug);
		Set<EdgeKind> ties = parse("tie", tie, EdgeKind::valueOf);
		List<GraphNode> everyone = this.network.graph(GraphFilter.EVERYTHING).nodes();
		Set<String> ids = new HashSet<>(everyone.stream().map(GraphNode::id).toList());
		Set<String> actorTypes = new HashSet<>(
				everyone.stream().map(GraphNode::actorType).filter(java.util.Objects::nonNull).toList());
		Set<String> forums = parse("forum", forum, id -> known(ids, "forum", kindOf(id, NodeKind.FORUM)));
		Set<String> municipalities = parse("municipality", municipality,
				id -> known(ids, "municipality", kindOf(id, NodeKind.MUNICIPALITY)));
		return this.network.graph(new GraphFilter(kinds, topics, ties.isEmpty() ? Set.of() : EnumSet.copyOf(ties),
				parse("actorType", actorType, type -> known(actorTypes, "actorType", type)), forums, municipalities,
				parse("confidence", confidence, value -> known(CONFIDENCES, "confidence", value)), hideHubs, asOf));
	}

	private static String known(Set<String> known, String parameter, String value) {
		if (!known.contains(value)) {
			throw new InvalidParameterException(parameter, "Unknown " + parameter + ": " + value);
		}
		return value;
	}

	private static String kindOf(String id, NodeKind kind) {
		if (NodeId.parse(id).kind() != kind) {
			throw new IllegalArgumentException("Not a " + kind.slug() + " id: " + id);
		}
		return id;
	}

	/**
	 * Each value through the parser; a value it refuses is a 400 naming the parameter.
	 */
	static <T> Set<T> parse(String parameter, List<String> values, Function<String, T> parser) {
		Set<T> parsed = new HashSet<>();
		for (String value : (values == null) ? List.<String>of() : values) {
			try {
				parsed.add(parser.apply(value.strip()));
			}
			catch (InvalidParameterException ex) {
				throw ex;
			}
			catch (IllegalArgumentException ex) {
				throw new InvalidParameterException(parameter, "Unknown " + parameter + ": " + value);
			}
		}
		return parsed;
	}

}
