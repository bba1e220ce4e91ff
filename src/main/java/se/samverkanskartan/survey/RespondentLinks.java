package se.samverkanskartan.survey;

import java.security.SecureRandom;
import java.time.LocalDate;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.samverkanskartan.accounts.Sha256;
import se.samverkanskartan.network.InvalidParameterException;

/**
 * Respondents and their personal links: 256 random bits per link, stored only as their
 * SHA-256, revocable and re-issuable. A link opens its own organisation's form in its own
 * round while the round is open, and nothing else.
 */
@Service
public class RespondentLinks {

	/** Tells the links' secrets apart from other secrets. */
	static final String PREFIX = "skr_";

	private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]{1,190}\\.[^@\\s]{2,}");

	private static final SecureRandom RANDOM = new SecureRandom();

	private static final String INVITE = """
			MATCH (r:SurveyRound {id: $round})-[:ASKS]->(o:Organisation {id: $organisation})
			CREATE (p:Respondent {id: $id, name: $name, email: $email, role: $role, tokenHash: $hash,
			                      issued: datetime(), revoked: false})
			CREATE (p)-[:ANSWERS_FOR]->(o), (p)-[:IN_ROUND]->(r)
			RETURN p.id AS id""";

	private static final String OPEN = """
			MATCH (p:Respondent {tokenHash: $hash})-[:IN_ROUND]->(r:SurveyRound), (p)-[:ANSWERS_FOR]->(o:Organisation)
			WHERE NOT p.revoked
			RETURN p.id AS respondent, p.name AS name, r.id AS round, r.name AS roundName, r.opens AS opens,
			       r.closes AS closes, o.id AS organisation, o.name AS organisationName""";

	private static final String REVOKE = """
			MATCH (p:Respondent {id: $id})
			SET p.revoked = true, p.tokenHash = null
			RETURN p.id AS id""";

	private static final String REISSUE = """
			MATCH (p:Respondent {id: $id})
			SET p.revoked = false, p.tokenHash = $hash, p.issued = datetime()
			RETURN p.id AS id""";

	private static final String STATUS = """
			MATCH (r:SurveyRound {id: $round})<-[:IN_ROUND]-(p:Respondent)-[:ANSWERS_FOR]->(o:Organisation)
			OPTIONAL MATCH (r)<-[:IN_ROUND]-(a:SurveyAnswer)-[:FOR]->(o)
			RETURN p.id AS id, p.name AS name, p.email AS email, p.role AS role, o.id AS organisation,
			       o.name AS organisationName, p.revoked AS revoked,
			       CASE WHEN a.submitted IS NOT NULL THEN 'submitted' WHEN a.version > 0 THEN 'in-progress'
			            WHEN p.opened IS NOT NULL THEN 'opened' ELSE 'invited' END AS state,
			       p.issued AS invited, p.opened AS opened, a.updated AS updated, a.submitted AS submitted,
			       p.reminded AS reminded
			ORDER BY organisationName, name""";

	private static final String OPENED = """
			MATCH (p:Respondent {id: $id})
			SET p.opened = coalesce(p.opened, datetime()), p.lastOpened = datetime()""";

	private static final String REMINDED = """
			MATCH (p:Respondent {id: $id})
			SET p.reminded = datetime()""";

	private final Neo4jClient neo4j;

	RespondentLinks(Neo4jClient neo4j) {
		this.neo4j = neo4j;
	}

	/**
	 * Adds a respondent for an organisation asked in the round and makes their link.
	 * @return the link, whose token is not kept
	 */
	@PreAuthorize("hasRole('EDITOR')")
	@Transactional
	public IssuedLink invite(String roundId, String organisationId, String name, String email, String role) {
		String cleanName = (name == null) ? "" : name.strip();
		if (cleanName.isEmpty() || cleanName.length() > 120) {
			throw new InvalidParameterException("name", "A respondent needs a name of 1 to 120 characters");
		}
		String cleanEmail = (email == null) ? "" : email.strip();
		if (!EMAIL.matcher(cleanEmail).matches()) {
			throw new InvalidParameterException("email", "Not an e-mail address: " + cleanEmail);
		}
		String cleanRole = (role == null) ? "" : role.strip();
		if (cleanRole.length() > 120) {
			throw new InvalidParameterException("role", "A role has at most 120 characters");
		}
		String token = newToken();
		String id = UUID.randomUUID().toString();
		boolean created = this.neo4j.query(INVITE)
			.bindAll(Map.of("round", String.valueOf(roundId), "organisation", String.valueOf(organisationId), "id", id,
					"name", cleanName, "email", cleanEmail, "role", cleanRole, "hash", Sha256.hex(token)))
			.fetch()
			.one()
			.isPresent();
		if (!created) {
			throw new InvalidParameterException("organisation",
					organisationId + " is not asked in round " + roundId + " (or the round does not exist)");
		}
		return new IssuedLink(id, token);
	}

	/** The round's respondents with their organisation's progress, by organisation. */
	@PreAuthorize("hasRole('EDITOR')")
	@Transactional(readOnly = true)
	public java.util.List<RespondentStatus> status(String roundId) {
		return java.util.List.copyOf(this.neo4j.query(STATUS)
			.bind(String.valueOf(roundId))
			.to("round")
			.fetchAs(RespondentStatus.class)
			.mappedBy((types, row) -> new RespondentStatus(row.get("id").asString(), row.get("name").asString(),
					row.get("email").asString(), row.get("role").asString(""), row.get("organisation").asString(),
					row.get("organisationName").asString(), row.get("revoked").asBoolean(false),
					row.get("state").asString(), time(row.get("invited")), time(row.get("opened")),
					time(row.get("updated")), time(row.get("submitted")), time(row.get("reminded"))))
			.all());
	}

	private static java.time.ZonedDateTime time(org.neo4j.driver.Value value) {
		return value.isNull() ? null : value.asZonedDateTime();
	}

	/** Notes that the respondent opened their link: the first time and the last. */
	@Transactional
	public void markOpened(RespondentAccess access) {
		this.neo4j.query(OPENED).bind(access.respondentId()).to("id").run();
	}

	/** Notes that a reminder went to the respondent. */
	@PreAuthorize("hasRole('EDITOR')")
	@Transactional
	public void markReminded(String respondentId) {
		this.neo4j.query(REMINDED).bind(String.valueOf(respondentId)).to("id").run();
	}

	/** The link stops working at once. */
	@PreAuthorize("hasRole('EDITOR')")
	@Transactional
	public void revoke(String respondentId) {
		requireFound(this.neo4j.query(REVOKE).bind(String.valueOf(respondentId)).to("id").fetch().one().isPresent(),
				respondentId);
	}

	/** A new link for the respondent; the old one stops working. */
	@PreAuthorize("hasRole('EDITOR')")
	@Transactional
	public IssuedLink reissue(String respondentId) {
		String token = newToken();
		requireFound(this.neo4j.query(REISSUE)
			.bindAll(Map.of("id", String.valueOf(respondentId), "hash", Sha256.hex(token)))
			.fetch()
			.one()
			.isPresent(), respondentId);
		return new IssuedLink(respondentId, token);
	}

	/**
	 * What the link opens on this day: empty for a wrong or revoked token, and for a
	 * round not open that day (the page then says only that the link does not work, or
	 * when the round closed, see {@link #closedRound}).
	 */
	@Transactional(readOnly = true)
	public Optional<RespondentAccess> open(String token, LocalDate today) {
		return find(token).filter(access -> !today.isAfter(access.closes()));
	}

	/** The round of a valid token whose round has closed, to say when it closed. */
	@Transactional(readOnly = true)
	public Optional<RespondentAccess> closedRound(String token, LocalDate today) {
		return find(token).filter(access -> today.isAfter(access.closes()));
	}

	private Optional<RespondentAccess> find(String token) {
		if (token == null || !token.startsWith(PREFIX) || token.length() > 100) {
			return Optional.empty();
		}
		return this.neo4j.query(OPEN)
			.bind(Sha256.hex(token))
			.to("hash")
			.fetchAs(RespondentAccess.class)
			.mappedBy((types, row) -> new RespondentAccess(row.get("respondent").asString(), row.get("name").asString(),
					row.get("round").asString(), row.get("roundName").asString(), row.get("closes").asLocalDate(),
					row.get("organisation").asString(), row.get("organisationName").asString()))
			.one();
	}

	private static String newToken() {
		byte[] secret = new byte[32];
		RANDOM.nextBytes(secret);
		return PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
	}

	private static void requireFound(boolean found, String respondentId) {
		if (!found) {
			throw new InvalidParameterException("respondent", "No respondent " + respondentId);
		}
	}

}
