package se.samverkanskartan.editing;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.validation.Validator;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.samverkanskartan.accounts.Role;
import se.samverkanskartan.network.InvalidParameterException;
import se.samverkanskartan.network.Names;

/**
 * Creates, renames, recolours and deletes cooperation topics for editors. A topic that
 * ties or stated needs use is not deleted. Each change is recorded.
 */
@Service
public class TopicEditing {

	private static final String LOAD = """
			MATCH (t:Topic {slug: $slug})
			RETURN t.slug AS slug, t.nameSv AS nameSv, t.nameEn AS nameEn, t.color AS color,
			       coalesce(t.version, 0) AS version""";

	private static final String USES = """
			MATCH (t:Topic {slug: $slug})
			RETURN count { ()-[:COOPERATES_WITH {topic: $slug}]->() } + count { (t)<-[:WANTS_COOPERATION_ON]-() } AS uses""";

	private static final String CREATE = """
			CREATE (t:Topic {slug: $slug}) SET t.nameSv = $nameSv, t.nameEn = $nameEn, t.color = $color, t.version = 1""";

	/** Run first in a transaction that saves or deletes the topic. */
	static final String LOCK = VersionLock.lock("MATCH (x:Topic {slug: $slug})");

	static final String UPDATE = """
			MATCH (t:Topic {slug: $slug}) WHERE coalesce(t.version, 0) = $version
			SET t.nameSv = $nameSv, t.nameEn = $nameEn, t.color = $color, t.version = $version + 1
			RETURN t.version AS version""";

	private static final String DELETE = """
			MATCH (t:Topic {slug: $slug}) WHERE coalesce(t.version, 0) = $version
			DETACH DELETE t
			RETURN 1 AS deleted""";

	private static final String SAME_NAME = """
			MATCH (t:Topic) WHERE toLower(t.nameSv) = toLower($nameSv) AND t.slug <> $slug
			RETURN t.slug AS slug""";

	private final Neo4jClient neo4j;

	private final ChangeLog log;

	private final Validator validator;

	TopicEditing(Neo4jClient neo4j, ChangeLog log, Validator validator) {
		this.neo4j = neo4j;
		this.log = log;
		this.validator = validator;
	}

	@Transactional(readOnly = true)
	public Optional<TopicForm> load(String slug) {
		return this.neo4j.query(LOAD)
			.bind(String.valueOf(slug))
			.to("slug")
			.fetchAs(TopicForm.class)
			.mappedBy((types, row) -> new TopicForm(row.get("slug").asString(), row.get("nameSv").asString(),
					row.get("nameEn").asString(""), row.get("color").asString(""), row.get("version").asLong()))
			.one();
	}

	/** How many ties and stated needs use the topic. */
	@Transactional(readOnly = true)
	public long uses(String slug) {
		return this.neo4j.query(USES).bind(slug).to("slug").fetchAs(Long.class).one().orElse(0L);
	}

	/**
	 * @return the new topic's slug
	 */
	@Transactional
	@PreAuthorize(Role.CAN_EDIT)
	public String create(TopicForm form) {
		String slug = (form.slug() == null || form.slug().isBlank()) ? Names.slug(String.valueOf(form.nameSv()))
				: form.slug().strip();
		TopicForm topic = new TopicForm(slug, form.nameSv(), form.nameEn(), form.color(), 0);
		check(topic);
		if (slug.isEmpty() || load(slug).isPresent()) {
			throw new InvalidParameterException("slug", "There is already a topic " + slug);
		}
		this.neo4j.query(CREATE).bindAll(parameters(topic)).run();
		TopicForm created = load(slug).orElseThrow();
		this.log.record("topic-created", slug, List.of(), created.nameSv(), null, created);
		return slug;
	}

	/** Refused on the version field when someone else changed the topic since. */
	@Transactional
	@PreAuthorize(Role.CAN_EDIT)
	public void update(TopicForm form) {
		TopicForm before = load(form.slug()).orElseThrow(() -> new InvalidParameterException("slug", "No topic"));
		TopicForm after = write(form, before);
		this.log.record("topic-updated", form.slug(), List.of(), summary(before, after), before, after);
	}

	/** Deletes an unused topic. */
	@Transactional
	@PreAuthorize(Role.CAN_EDIT)
	public void delete(String slug, long version) {
		TopicForm before = load(slug).orElseThrow(() -> new InvalidParameterException("slug", "No topic " + slug));
		long uses = uses(slug);
		if (uses > 0) {
			throw new InvalidParameterException("uses", before.nameSv() + " is used " + uses + " times");
		}
		this.neo4j.query(LOCK).bind(slug).to("slug").run();
		boolean deleted = this.neo4j.query(DELETE)
			.bindAll(Map.of("slug", slug, "version", version))
			.fetch()
			.one()
			.isPresent();
		if (!deleted) {
			throw new InvalidParameterException("version", "Changed by someone else: now " + before.nameSv());
		}
		this.log.record("topic-deleted", slug, List.of(), before.nameSv(), before, null);
	}

	void revert(Change change) {
		TopicForm after = change.after(TopicForm.class);
		TopicForm now = (after != null) ? load(after.slug()).orElse(null) : null;
		if (after != null && now == null) {
			throw new RevertRefusedException("deleted-later", after.nameSv() + " was deleted since");
		}
		if (after != null && now.version() != after.version()) {
			throw new RevertRefusedException("changed-later", now.nameSv() + " was changed since");
		}
		switch (change.kind()) {
			case "topic-created" -> {
				if (uses(now.slug()) > 0) {
					throw new RevertRefusedException("in-use", now.nameSv() + " is in use");
				}
				this.neo4j.query(DELETE).bindAll(Map.of("slug", now.slug(), "version", now.version())).run();
				this.log.record("revert", now.slug(), List.of(), now.nameSv(), now, null);
			}
			case "topic-updated" -> {
				TopicForm restored = write(change.before(TopicForm.class).withVersion(now.version()), now);
				this.log.record("revert", now.slug(), List.of(), summary(now, restored), now, restored);
			}
			default -> {
				TopicForm before = change.before(TopicForm.class);
				if (load(before.slug()).isPresent()) {
					throw new RevertRefusedException("exists-again", before.slug() + " exists again");
				}
				this.neo4j.query(CREATE).bindAll(parameters(before)).run();
				this.log.record("revert", before.slug(), List.of(), before.nameSv(), null,
						load(before.slug()).orElseThrow());
			}
		}
	}

	private TopicForm write(TopicForm form, TopicForm before) {
		check(form);
		this.neo4j.query(LOCK).bind(form.slug()).to("slug").run();
		boolean written = this.neo4j.query(UPDATE).bindAll(parameters(form)).fetch().one().isPresent();
		if (!written) {
			throw new InvalidParameterException("version", "Changed by someone else: now " + before.nameSv());
		}
		return load(form.slug()).orElseThrow();
	}

	private void check(TopicForm form) {
		FormConstraints.check(this.validator, form);
		boolean taken = this.neo4j.query(SAME_NAME)
			.bindAll(Map.of("nameSv", form.nameSv().strip(), "slug", String.valueOf(form.slug())))
			.fetch()
			.one()
			.isPresent();
		if (taken) {
			throw new InvalidParameterException("nameSv", "Another topic has this name");
		}
	}

	static Map<String, Object> parameters(TopicForm form) {
		return Map.of("slug", form.slug(), "nameSv", form.nameSv().strip(), "nameEn", form.nameEn().strip(), "color",
				form.color().toLowerCase(java.util.Locale.ROOT), "version", form.version());
	}

	private static String summary(TopicForm before, TopicForm after) {
		return before.nameSv().equals(after.nameSv()) ? after.nameSv() : before.nameSv() + " → " + after.nameSv();
	}

}
