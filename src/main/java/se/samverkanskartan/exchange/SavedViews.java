package se.samverkanskartan.exchange;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;

import se.samverkanskartan.accounts.Role;
import se.samverkanskartan.network.InvalidParameterException;

/** Saved explorer views, stored as {@code (:SavedView)} nodes. */
@Service
public class SavedViews {

	public static final int MAX_NAME = 80;

	public static final int MAX_DESCRIPTION = 500;

	private static final int MAX_QUERY = 4000;

	private static final TypeReference<Map<String, double[]>> POSITIONS = new TypeReference<>() {
	};

	private final Neo4jClient neo4j;

	SavedViews(Neo4jClient neo4j) {
		this.neo4j = neo4j;
	}

	@Transactional
	@PreAuthorize(Role.CAN_EDIT)
	public String save(String name, String description, String query, Map<String, double[]> positions) {
		String id = UUID.randomUUID().toString().substring(0, 8);
		this.neo4j.query("""
				CREATE (v:SavedView {id: $id, name: $name, description: $description, query: $query,
				                     positions: $positions, savedAt: datetime()})
				""")
			.bindAll(Map.of("id", id, "name", checkName(name), "description", checkDescription(description), "query",
					checkQuery(query), "positions", DumpWriter.JSON.writeValueAsString(positions)))
			.run();
		return id;
	}

	@Transactional(readOnly = true)
	public List<SavedView> list() {
		return List.copyOf(this.neo4j.query("""
				MATCH (v:SavedView)
				RETURN v.id AS id, v.name AS name, v.description AS description, v.query AS query,
				       v.positions AS positions, v.savedAt AS savedAt
				ORDER BY v.savedAt DESC
				""").fetchAs(SavedView.class).mappedBy((types, row) -> view(row)).all());
	}

	@Transactional(readOnly = true)
	public Optional<SavedView> find(String id) {
		if (id == null || !id.matches("[a-f0-9]{8}")) {
			return Optional.empty();
		}
		return this.neo4j.query("""
				MATCH (v:SavedView {id: $id})
				RETURN v.id AS id, v.name AS name, v.description AS description, v.query AS query,
				       v.positions AS positions, v.savedAt AS savedAt
				""").bind(id).to("id").fetchAs(SavedView.class).mappedBy((types, row) -> view(row)).one();
	}

	@Transactional
	@PreAuthorize(Role.CAN_EDIT)
	public void rename(String id, String name, String description) {
		boolean found = this.neo4j.query("""
				MATCH (v:SavedView {id: $id})
				SET v.name = $name, v.description = $description, v.savedAt = datetime()
				RETURN v.id AS id
				""")
			.bindAll(Map.of("id", String.valueOf(id), "name", checkName(name), "description",
					checkDescription(description)))
			.fetch()
			.one()
			.isPresent();
		if (!found) {
			throw new InvalidParameterException("id", "No saved view " + id);
		}
	}

	@Transactional
	@PreAuthorize(Role.CAN_EDIT)
	public void delete(String id) {
		this.neo4j.query("MATCH (v:SavedView {id: $id}) DELETE v").bind(String.valueOf(id)).to("id").run();
	}

	private static SavedView view(org.neo4j.driver.Record row) {
		Map<String, double[]> positions = new HashMap<>(
				DumpWriter.JSON.readValue(row.get("positions").asString("{}"), POSITIONS));
		return new SavedView(row.get("id").asString(), row.get("name").asString(), row.get("description").asString(""),
				row.get("query").asString(""), positions,
				row.get("savedAt").isNull() ? null : row.get("savedAt").asZonedDateTime());
	}

	private static String checkName(String name) {
		String trimmed = (name == null) ? "" : name.strip();
		if (trimmed.isEmpty() || trimmed.length() > MAX_NAME) {
			throw new InvalidParameterException("name", "A name of 1 to " + MAX_NAME + " characters is needed");
		}
		return trimmed;
	}

	private static String checkDescription(String description) {
		String trimmed = (description == null) ? "" : description.strip();
		if (trimmed.length() > MAX_DESCRIPTION) {
			throw new InvalidParameterException("description", "At most " + MAX_DESCRIPTION + " characters");
		}
		return trimmed;
	}

	private static String checkQuery(String query) {
		if (query == null || query.length() > MAX_QUERY) {
			throw new InvalidParameterException("query", "The view's address is too long");
		}
		return query;
	}

}
