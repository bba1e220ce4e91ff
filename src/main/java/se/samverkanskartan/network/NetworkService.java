package se.samverkanskartan.network;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import se.samverkanskartan.network.OrganisationDetails.Facts;
import se.samverkanskartan.network.OrganisationDetails.Partner;
import se.samverkanskartan.network.OrganisationDetails.TopicCooperation;

/**
 * Reads the network, or a filtered part of it, as read models. The whole graph, the
 * topics and the facts are read once per state of the network and filtered in memory;
 * they are dropped on {@link NetworkChanged}.
 */
@Service
@Transactional(readOnly = true)
public class NetworkService {

	/**
	 * The county the dataset covers; other municipalities are neighbours across its
	 * border.
	 */
	static final String COUNTY = "Stockholms län";

	private static final Set<String> EVERY_TIE = EnumSet.allOf(EdgeKind.class)
		.stream()
		.map(EdgeKind::name)
		.collect(Collectors.toSet());

	private final Neo4jClient neo4j;

	private final TransactionTemplate readTransaction;

	private final ReadModelCache<String, Object> cache;

	NetworkService(Neo4jClient neo4j, PlatformTransactionManager transactions, NetworkReadCache cache) {
		this.neo4j = neo4j;
		this.readTransaction = new TransactionTemplate(transactions);
		this.readTransaction.setReadOnly(true);
		this.cache = cache.reads;
	}

	/** The organisations and ties that the filter keeps. */
	@Transactional(propagation = Propagation.SUPPORTS)
	public GraphSlice graph(GraphFilter filter) {
		WholeGraph whole = wholeGraph();
		Set<String> types = filter.relationshipTypes();
		List<GraphEdge> edges = whole.edges().stream().filter(edge -> types.contains(edge.kind().name())).toList();
		return filter.apply(whole.nodes(), edges, whole.topics());
	}

	private WholeGraph wholeGraph() {
		return (WholeGraph) this.cache.get("graph", () -> this.readTransaction.execute(status -> {
			Map<String, Object> parameters = Map.of("kindLabels", Rows.KIND_LABELS, "types", EVERY_TIE);
			List<GraphNode> nodes = List.copyOf(this.neo4j.query(NetworkQueries.NODES)
				.bindAll(parameters)
				.fetchAs(GraphNode.class)
				.mappedBy((types, row) -> node(row, ""))
				.all());
			List<GraphEdge> edges = List.copyOf(this.neo4j.query(NetworkQueries.EDGES)
				.bindAll(parameters)
				.fetchAs(GraphEdge.class)
				.mappedBy((types, row) -> new GraphEdge(row.get("id").asString(),
						EdgeKind.valueOf(row.get("type").asString()), Rows.nodeId(row, "a"), Rows.nodeId(row, "b"),
						Rows.text(row.get("topic")), Rows.text(row.get("confidence")), Rows.date(row.get("since")),
						Rows.date(row.get("until"))))
				.all());
			return new WholeGraph(nodes, edges, readTopics());
		}));
	}

	/** Every organisation and tie of every kind, with the topics, as stored. */
	private record WholeGraph(List<GraphNode> nodes, List<GraphEdge> edges, List<Topic> topics) {
	}

	/**
	 * The network under a filter on two days: what was added and what ended between
	 * {@code from} and the filter's day (today when it has none).
	 */
	public GraphComparison compare(GraphFilter filter, java.time.LocalDate from) {
		java.time.LocalDate to = (filter.asOf() != null) ? filter.asOf() : java.time.LocalDate.now();
		if (from == null || !from.isBefore(to)) {
			throw new InvalidParameterException("compare", "The day to compare with must be before " + to);
		}
		return GraphComparison.between(from, to, graph(filter.on(from)), graph(filter.on(to)));
	}

	/** The whole network with every tie kind and the facts the analyses score on. */
	@Transactional(propagation = Propagation.SUPPORTS)
	public NetworkFacts facts() {
		return (NetworkFacts) this.cache.get("facts", () -> this.readTransaction.execute(status -> readFacts()));
	}

	private NetworkFacts readFacts() {
		GraphSlice all = graph(new GraphFilter(Set.of(), Set.of(), EnumSet.allOf(EdgeKind.class)));
		Map<String, Long> population = new HashMap<>();
		Set<String> county = new HashSet<>();
		this.neo4j.query(NetworkQueries.PROFILES)
			.bind(Rows.KIND_LABELS)
			.to("kindLabels")
			.fetchAs(Record.class)
			.mappedBy((types, row) -> row)
			.all()
			.forEach(row -> {
				String id = Rows.nodeId(row, "");
				if (!row.get("population").isNull()) {
					population.put(id, row.get("population").asLong());
				}
				if (COUNTY.equals(Rows.text(row.get("county"))) && id.startsWith(NodeKind.MUNICIPALITY.slug())) {
					county.add(id);
				}
			});
		return new NetworkFacts(all.nodes(), all.edges(), topics(), population, county,
				topicsPerOrganisation(NetworkQueries.WANTS), topicsPerOrganisation(NetworkQueries.WORKS_ON));
	}

	/** Topic slugs per organisation id, from a query returning label, key and slug. */
	private Map<String, Set<String>> topicsPerOrganisation(String query) {
		Map<String, Set<String>> topics = new HashMap<>();
		this.neo4j.query(query)
			.bind(Rows.KIND_LABELS)
			.to("kindLabels")
			.fetchAs(Record.class)
			.mappedBy((types, row) -> row)
			.all()
			.forEach(row -> topics.computeIfAbsent(Rows.nodeId(row, ""), id -> new HashSet<>())
				.add(row.get("slug").asString()));
		return topics;
	}

	/**
	 * The shortest chains of ties between two organisations under a filter, at most
	 * {@code maxSteps} long; several when there are several of the same length.
	 */
	public List<CooperationPath> paths(GraphFilter filter, NodeId from, NodeId to, int maxSteps) {
		return ShortestPaths.between(graph(filter), from.toString(), to.toString(), maxSteps, 5);
	}

	/** All topics, by Swedish name. */
	@Transactional(propagation = Propagation.SUPPORTS)
	public List<Topic> topics() {
		return wholeGraph().topics();
	}

	private List<Topic> readTopics() {
		return List.copyOf(this.neo4j.query(NetworkQueries.TOPICS)
			.fetchAs(Topic.class)
			.mappedBy((types, row) -> topic(row))
			.all());
	}

	/** The side panel's content for one organisation, if it exists. */
	public Optional<OrganisationDetails> organisation(NodeId id) {
		Map<String, Object> key = Map.of("id", id.toString(), "kindLabels", Rows.KIND_LABELS);
		Optional<Record> found = this.neo4j.query(NetworkQueries.ORGANISATION)
			.bindAll(key)
			.fetchAs(Record.class)
			.mappedBy((types, row) -> row)
			.one();
		return found.map(row -> new OrganisationDetails(node(row, ""), facts(row), cooperation(key),
				partners(NetworkQueries.FORUMS, key), partners(NetworkQueries.MEMBERS, key), needs(key)));
	}

	private List<TopicCooperation> cooperation(Map<String, Object> key) {
		Collection<Record> rows = this.neo4j.query(NetworkQueries.COOPERATION)
			.bindAll(key)
			.fetchAs(Record.class)
			.mappedBy((types, row) -> row)
			.all();
		Map<String, Topic> topics = new LinkedHashMap<>();
		Map<String, List<Partner>> partners = new LinkedHashMap<>();
		for (Record row : rows) {
			Topic topic = topic(row);
			topics.putIfAbsent(topic.slug(), topic);
			partners.computeIfAbsent(topic.slug(), slug -> new ArrayList<>()).add(partner(row));
		}
		return topics.values()
			.stream()
			.sorted(Comparator.comparing(Topic::nameSv))
			.map(topic -> new TopicCooperation(topic, List.copyOf(partners.get(topic.slug()))))
			.toList();
	}

	private List<OrganisationDetails.StatedNeed> needs(Map<String, Object> key) {
		return List.copyOf(this.neo4j.query(NetworkQueries.NEEDS)
			.bindAll(key)
			.fetchAs(OrganisationDetails.StatedNeed.class)
			.mappedBy((types, row) -> new OrganisationDetails.StatedNeed(topic(row), Rows.text(row.get("quote"))))
			.all());
	}

	private List<Partner> partners(String query, Map<String, Object> key) {
		return List.copyOf(this.neo4j.query(query)
			.bindAll(key)
			.fetchAs(Partner.class)
			.mappedBy((types, row) -> partner(row))
			.all());
	}

	private static GraphNode node(Record row, String prefix) {
		return new GraphNode(Rows.nodeId(row, prefix), NodeKind.ofLabel(row.get(prefix + "label").asString()),
				row.get(prefix + "name").asString(), nullableDouble(row.get(prefix + "lat")),
				nullableDouble(row.get(prefix + "lon")), Rows.text(row.get(prefix + "actorType")),
				Rows.date(row.get(prefix + "validFrom")), Rows.date(row.get(prefix + "validTo")));
	}

	private static Facts facts(Record row) {
		return new Facts(row.get("population").isNull() ? null : row.get("population").asLong(),
				row.get("populationYear").isNull() ? null : row.get("populationYear").asInt(),
				row.get("areaKm2").isNull() ? null : row.get("areaKm2").asInt(), Rows.text(row.get("county")),
				Rows.text(row.get("actorType")),
				row.get("partnerRank").isNull() ? null : row.get("partnerRank").asInt(),
				row.get("policeAreas").asList(Value::asString), Rows.text(row.get("partOf")),
				row.get("validFrom").isNull() ? null : row.get("validFrom").asLocalDate(),
				row.get("validTo").isNull() ? null : row.get("validTo").asLocalDate(), Rows.text(row.get("section")),
				Rows.text(row.get("quote")));
	}

	private static Topic topic(Record row) {
		return new Topic(row.get("slug").asString(), row.get("nameSv").asString(), row.get("nameEn").asString(),
				row.get("color").asString("#64748b"));
	}

	private static Partner partner(Record row) {
		return new Partner(Rows.nodeId(row, "p"), row.get("pname").asString(), Rows.text(row.get("confidence")),
				Rows.text(row.get("quote")), Rows.text(row.get("tieId")));
	}

	private static Double nullableDouble(Value value) {
		return value.isNull() ? null : value.asDouble();
	}

}
