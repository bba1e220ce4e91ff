package se.samverkanskartan.editing;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.validation.Validator;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.samverkanskartan.accounts.Role;
import se.samverkanskartan.network.InvalidParameterException;

/**
 * Adds an organisation's stated need for cooperation on a topic, recorded in the history
 * like every edit, and takes it back on revert.
 */
@Service
public class NeedEditing {

	private static final String CREATE = """
			MATCH (o:Organisation {id: $organisationId}), (t:Topic {slug: $topic})
			WHERE NOT (o)-[:WANTS_COOPERATION_ON]->(t)
			CREATE (o)-[w:WANTS_COOPERATION_ON]->(t)
			SET w.source = $source, w.section = $section, w.quote = $quote
			RETURN o.name AS name, t.nameSv AS topicName""";

	private static final String DELETE = """
			MATCH (:Organisation {id: $organisationId})-[w:WANTS_COOPERATION_ON]->(:Topic {slug: $topic})
			DELETE w
			RETURN count(*) AS deleted""";

	private static final String EXISTS = """
			MATCH (o:Organisation {id: $organisationId}), (t:Topic {slug: $topic})
			RETURN EXISTS { (o)-[:WANTS_COOPERATION_ON]->(t) } AS stated""";

	private final Neo4jClient neo4j;

	private final ChangeLog log;

	private final Validator validator;

	NeedEditing(Neo4jClient neo4j, ChangeLog log, Validator validator) {
		this.neo4j = neo4j;
		this.log = log;
		this.validator = validator;
	}

	/** Whether the organisation already states this need. */
	@Transactional(readOnly = true)
	public boolean stated(String organisationId, String topic) {
		return this.neo4j.query(EXISTS)
			.bindAll(Map.of("organisationId", organisationId, "topic", topic))
			.fetchAs(Boolean.class)
			.one()
			.orElse(false);
	}

	@Transactional
	@PreAuthorize(Role.CAN_EDIT)
	public void create(NeedForm form) {
		FormConstraints.check(this.validator, form);
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("organisationId", form.organisationId());
		parameters.put("topic", form.topic());
		parameters.put("source", form.source());
		parameters.put("section", form.section());
		parameters.put("quote", form.quote());
		var created = this.neo4j.query(CREATE)
			.bindAll(parameters)
			.fetch()
			.one()
			.orElseThrow(() -> new InvalidParameterException("topic",
					"Unknown organisation or topic, or the need is already stated"));
		this.log.record("need-created", form.organisationId() + "|" + form.topic(), List.of(form.organisationId()),
				created.get("name") + " – " + created.get("topicName"), null, form);
	}

	/** Undoes a stated need's creation. */
	void revert(Change change) {
		NeedForm after = change.after(NeedForm.class);
		long deleted = this.neo4j.query(DELETE)
			.bindAll(Map.of("organisationId", after.organisationId(), "topic", after.topic()))
			.fetchAs(Long.class)
			.one()
			.orElse(0L);
		if (deleted == 0) {
			throw new RevertRefusedException("deleted-later", "The need was removed after this change");
		}
		this.log.record("revert", change.subjectId(), List.of(after.organisationId()), change.summary(), after, null);
	}

}
