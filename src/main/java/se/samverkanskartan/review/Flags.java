package se.samverkanskartan.review;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.samverkanskartan.accounts.Role;
import se.samverkanskartan.editing.TieEditing;
import se.samverkanskartan.network.InvalidParameterException;

/**
 * Corrections from readers: any logged-in reader flags a tie or an organisation ("har
 * upphört", "fel part", "fel tema" or in their own words); the flags wait in the review
 * queue with who flagged and when. Accepting "har upphört" on a tie ends it today through
 * the editing service; other flags are closed once the editor has corrected the map.
 */
@Service
public class Flags {

	/** Why: the tie or organisation has ended, a wrong party, a wrong topic, or other. */
	public static final List<String> REASONS = List.of("ended", "wrong-party", "wrong-topic", "other");

	private static final int MAX_TEXT = 2000;

	private static final String TIE = """
			MATCH (a:Organisation)-[r:COOPERATES_WITH|MEMBER_OF {id: $id}]->(b:Organisation)
			OPTIONAL MATCH (t:Topic {slug: r.topic})
			RETURN a.name + ' – ' + b.name + coalesce(' (' + t.nameSv + ')', '') AS summary""";

	private static final String ORGANISATION = "MATCH (o:Organisation {id: $id}) RETURN o.name AS summary";

	private static final String CREATE = """
			CREATE (f:Flag {id: randomUUID(), subjectId: $subjectId, tie: $tie, summary: $summary, reason: $reason,
			                text: $text, by: $by, at: datetime(), state: 'open'})
			RETURN f.id AS id""";

	private static final String OPEN = """
			MATCH (f:Flag {state: 'open'})
			RETURN f.id AS id, f.subjectId AS subjectId, f.tie AS tie, f.summary AS summary, f.reason AS reason,
			       f.text AS text, f.by AS by, f.at AS at
			ORDER BY f.at""";

	private static final String CLOSE = """
			MATCH (f:Flag {id: $id, state: 'open'})
			SET f.state = $state, f.closedBy = $by, f.closedAt = datetime()
			RETURN f.id AS id""";

	private final Neo4jClient neo4j;

	private final TieEditing ties;

	private final ObjectProvider<SecurityContextHolderStrategy> logins;

	Flags(Neo4jClient neo4j, TieEditing ties, ObjectProvider<SecurityContextHolderStrategy> logins) {
		this.neo4j = neo4j;
		this.ties = ties;
		this.logins = logins;
	}

	/**
	 * Flags a tie or an organisation.
	 * @throws InvalidParameterException naming {@code subject} when it no longer exists
	 * (e.g. a tie deleted meanwhile), {@code reason} or {@code text}
	 */
	@Transactional
	@PreAuthorize("isAuthenticated()")
	public String flag(String subjectId, boolean tie, String reason, String text) {
		if (!REASONS.contains(reason)) {
			throw new InvalidParameterException("reason", "Unknown reason: " + reason);
		}
		if (text != null && text.length() > MAX_TEXT) {
			throw new InvalidParameterException("text", "At most " + MAX_TEXT + " characters");
		}
		if ("other".equals(reason) && (text == null || text.isBlank())) {
			throw new InvalidParameterException("text", "Say what is wrong");
		}
		String summary = this.neo4j.query(tie ? TIE : ORGANISATION)
			.bind(String.valueOf(subjectId))
			.to("id")
			.fetchAs(String.class)
			.one()
			.orElseThrow(() -> new InvalidParameterException("subject", "It no longer exists: " + subjectId));
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("subjectId", subjectId);
		parameters.put("tie", tie);
		parameters.put("summary", summary);
		parameters.put("reason", reason);
		parameters.put("text", (text == null || text.isBlank()) ? null : text.strip());
		parameters.put("by", login());
		return this.neo4j.query(CREATE).bindAll(parameters).fetchAs(String.class).one().orElseThrow();
	}

	/** The flags not yet handled, oldest first. */
	@Transactional(readOnly = true)
	@PreAuthorize(Role.CAN_EDIT)
	public List<Flag> open() {
		return List.copyOf(this.neo4j.query(OPEN)
			.fetchAs(Flag.class)
			.mappedBy((types, row) -> new Flag(row.get("id").asString(), row.get("subjectId").asString(),
					row.get("tie").asBoolean(), row.get("summary").asString(), row.get("reason").asString(),
					row.get("text").asString(null), row.get("by").asString(), row.get("at").asZonedDateTime()))
			.all());
	}

	/**
	 * Accepts a flag: a tie flagged as ended ends today (one history entry); any other is
	 * closed as handled. A flag handled before is left as it is.
	 * @throws ReviewRefusedException when the flagged tie was deleted meanwhile
	 */
	@Transactional
	@PreAuthorize(Role.CAN_EDIT)
	public boolean accept(String flagId) {
		Flag flag = open().stream().filter(candidate -> candidate.id().equals(flagId)).findFirst().orElse(null);
		if (flag == null) {
			return false;
		}
		if (flag.tie() && "ended".equals(flag.reason())) {
			var tie = this.ties.load(flag.subjectId())
				.orElseThrow(() -> new ReviewRefusedException("tie-gone", "The tie was deleted after it was flagged"));
			this.ties.update(tie.endedOn(LocalDate.now(ZoneId.of("Europe/Stockholm"))));
		}
		return close(flagId, "accepted");
	}

	@Transactional
	@PreAuthorize(Role.CAN_EDIT)
	public boolean reject(String flagId) {
		return close(flagId, "rejected");
	}

	private boolean close(String flagId, String state) {
		return this.neo4j.query(CLOSE)
			.bindAll(Map.of("id", String.valueOf(flagId), "state", state, "by", login()))
			.fetch()
			.one()
			.isPresent();
	}

	private String login() {
		return this.logins.getIfAvailable(SecurityContextHolder::getContextHolderStrategy)
			.getContext()
			.getAuthentication()
			.getName();
	}

}
