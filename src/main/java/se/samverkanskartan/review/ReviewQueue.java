package se.samverkanskartan.review;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.apache.commons.text.similarity.LevenshteinDistance;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.samverkanskartan.accounts.Role;
import se.samverkanskartan.network.InvalidParameterException;
import se.samverkanskartan.network.Names;
import se.samverkanskartan.survey.PartnerCandidates;
import se.samverkanskartan.survey.Round;
import se.samverkanskartan.survey.SubmittedAnswer;
import se.samverkanskartan.survey.SurveyRounds;
import se.samverkanskartan.survey.SurveySubmissions;

/**
 * The review queue of a survey round: every organisation's last submission as proposed
 * changes, each accepted or rejected once. Accepting writes through the editing services
 * ({@link ProposalWriter}) in one transaction with the decision, so nothing is
 * half-written and a second accept does nothing.
 */
@Service
public class ReviewQueue {

	private static final ZoneId ZONE = ZoneId.of("Europe/Stockholm");

	private final Neo4jClient neo4j;

	private final SurveyRounds rounds;

	private final SurveySubmissions submissions;

	private final ProposalWriter writer;

	private final PartnerCandidates candidates;

	private static final LevenshteinDistance NEAR = new LevenshteinDistance(2);

	private final ObjectProvider<SecurityContextHolderStrategy> logins;

	ReviewQueue(Neo4jClient neo4j, SurveyRounds rounds, SurveySubmissions submissions, ProposalWriter writer,
			PartnerCandidates candidates, ObjectProvider<SecurityContextHolderStrategy> logins) {
		this.candidates = candidates;
		this.neo4j = neo4j;
		this.rounds = rounds;
		this.submissions = submissions;
		this.writer = writer;
		this.logins = logins;
	}

	/** Every organisation's last submission in the round, as proposals, by name. */
	@Transactional(readOnly = true)
	@PreAuthorize(Role.CAN_EDIT)
	public List<OrganisationReview> of(String roundId) {
		round(roundId);
		LocalDate today = LocalDate.now(ZONE);
		List<OrganisationReview> reviews = new ArrayList<>();
		for (SubmittedAnswer answer : this.submissions.latest(roundId)) {
			reviews.add(review(answer, today));
		}
		return List.copyOf(reviews);
	}

	/**
	 * Accepts a proposal: writes it to the network (one history entry per change) and
	 * records the decision. A proposal decided before is left as it is.
	 * @param mergeInto for a new organisation: the existing one it is, or null to add it
	 * as a new organisation
	 * @return false when it had been decided before (nothing happened)
	 * @throws ReviewRefusedException when it cannot be accepted as it stands
	 */
	@Transactional
	@PreAuthorize(Role.CAN_EDIT)
	public boolean accept(String roundId, String key, String mergeInto) {
		Round round = round(roundId);
		Proposal proposal = find(roundId, key);
		if (!lock(key)) {
			return false;
		}
		this.writer.write(proposal, round.name(), mergeInto);
		decide(round, proposal, true);
		return true;
	}

	/** Rejects a proposal; nothing changes in the network. */
	@Transactional
	@PreAuthorize(Role.CAN_EDIT)
	public boolean reject(String roundId, String key) {
		Round round = round(roundId);
		Proposal proposal = find(roundId, key);
		if (!lock(key)) {
			return false;
		}
		decide(round, proposal, false);
		return true;
	}

	/**
	 * Accepts all of an organisation's open proposals but new organisations (which need a
	 * choice), all or none.
	 * @return how many were accepted
	 */
	@Transactional
	@PreAuthorize(Role.CAN_EDIT)
	public int acceptAll(String roundId, String organisationId) {
		Round round = round(roundId);
		var review = this.of(roundId)
			.stream()
			.filter(candidate -> candidate.organisationId().equals(organisationId))
			.findFirst()
			.orElseThrow(() -> new InvalidParameterException("organisation", "No answer from " + organisationId));
		int accepted = 0;
		for (Proposal proposal : review.proposals()) {
			if (proposal.open() && proposal.kind() != ProposalKind.NEW_ORGANISATION && lock(proposal.key())) {
				this.writer.write(proposal, round.name(), null);
				decide(round, proposal, true);
				accepted++;
			}
		}
		return accepted;
	}

	/** Both sides' view of every pair named in the round's last submissions. */
	@Transactional(readOnly = true)
	@PreAuthorize(Role.CAN_EDIT)
	public Confirmations confirmations(String roundId) {
		round(roundId);
		return Confirmations.of(this.submissions.latest(roundId));
	}

	/**
	 * Organisations in the map a new one's name may be: by name or alias (case,
	 * diacritics and hyphens aside), a word of the name that is one's name, or one or two
	 * letters off; best first.
	 */
	@Transactional(readOnly = true)
	@PreAuthorize(Role.CAN_EDIT)
	public List<PartnerCandidates.Candidate> matches(String name) {
		String wanted = Names.normalise(name);
		// "Föreningen Trygg Haninge" may be Haninge's: a word of the name that is a name
		Set<String> words = new HashSet<>(List.of(wanted.split(" ")));
		return this.candidates.all(LocalDate.now(ZONE))
			.stream()
			.filter(candidate -> candidate.matches(name) || words.contains(Names.normalise(candidate.name()))
					|| NEAR.apply(Names.normalise(candidate.name()), wanted) >= 0)
			.sorted(java.util.Comparator.comparingInt((PartnerCandidates.Candidate candidate) -> candidate.rank(name))
				.thenComparing(PartnerCandidates.Candidate::name))
			.limit(8)
			.toList();
	}

	/** How many ties the round's accepted answers added, ended and confirmed, by kind. */
	@Transactional(readOnly = true)
	public Map<ProposalKind, Long> accepted(String roundId) {
		Map<ProposalKind, Long> counts = new java.util.EnumMap<>(ProposalKind.class);
		this.neo4j.query(ReviewQueries.ACCEPTED)
			.bindAll(Map.of("round", String.valueOf(roundId)))
			.fetch()
			.all()
			.forEach(row -> counts.put(ProposalKind.valueOf((String) row.get("kind")), (Long) row.get("count")));
		return counts;
	}

	private Round round(String roundId) {
		return this.rounds.find(roundId)
			.orElseThrow(() -> new InvalidParameterException("round", "No round " + roundId));
	}

	private Proposal find(String roundId, String key) {
		String submission = key.split("\\|", 2)[0];
		var answer = this.submissions.latest(roundId)
			.stream()
			.filter(candidate -> candidate.submissionId().equals(submission))
			.findFirst()
			.orElseThrow(() -> new ReviewRefusedException("unknown", "No such proposal: " + key));
		if (!answer.organisationExists()) {
			throw new ReviewRefusedException("organisation-gone",
					"The organisation that answered was deleted or merged since");
		}
		return review(answer, LocalDate.now(ZONE)).proposals()
			.stream()
			.filter(proposal -> proposal.key().equals(key))
			.findFirst()
			.orElseThrow(() -> new ReviewRefusedException("unknown", "No such proposal: " + key));
	}

	private OrganisationReview review(SubmittedAnswer answer, LocalDate today) {
		if (!answer.organisationExists()) {
			return new OrganisationReview(answer.organisationId(), null, answer.at(), List.of());
		}
		List<CurrentTie> ties = this.neo4j.query(ReviewQueries.TIES)
			.bindAll(Map.of("organisation", answer.organisationId(), "answered",
					answer.at().withZoneSameInstant(ZONE).toLocalDate()))
			.fetchAs(CurrentTie.class)
			.mappedBy((types, row) -> new CurrentTie(row.get("id").asString(), row.get("partnerId").asString(),
					row.get("topic").asString(null),
					row.get("changed").isNull() ? null : row.get("changed").asZonedDateTime(), describe(row)))
			.all()
			.stream()
			.toList();
		Set<String> needs = new HashSet<>(this.neo4j.query(ReviewQueries.NEEDS)
			.bindAll(Map.of("organisation", answer.organisationId()))
			.fetchAs(String.class)
			.all());
		List<String> ids = answer.partners().stream().map(p -> p.partnerId()).filter(id -> id != null).toList();
		Map<String, String> names = new HashMap<>();
		this.neo4j.query(ReviewQueries.NAMES)
			.bindAll(Map.of("ids", ids))
			.fetch()
			.all()
			.forEach(row -> names.put((String) row.get("id"), (String) row.get("name")));
		List<Proposal> built = ProposalBuilder.build(answer, ties, names);
		Map<String, Proposal.Decision> decisions = decisions(built.stream().map(Proposal::key).toList());
		Map<String, CurrentTie> byId = new HashMap<>();
		ties.forEach(tie -> byId.put(tie.id(), tie));
		List<Proposal> proposals = built.stream().map(proposal -> {
			Proposal decided = proposal.withDecision(decisions.get(proposal.key()));
			if (decided.open() && decided.kind() == ProposalKind.NEED && needs.contains(decided.topic())) {
				// Stated already: nothing to propose
				return null;
			}
			CurrentTie tie = (proposal.tieId() == null) ? null : byId.get(proposal.tieId());
			boolean changedSince = decided.open() && tie != null && tie.lastChanged() != null
					&& tie.lastChanged().isAfter(answer.at());
			return changedSince ? decided.withChangedSince(tie.description()) : decided;
		}).filter(java.util.Objects::nonNull).toList();
		return new OrganisationReview(answer.organisationId(), answer.organisationName(), answer.at(), proposals);
	}

	private static String describe(org.neo4j.driver.Record row) {
		return Stream
			.of(row.get("since").isNull() ? null : "från " + row.get("since").asLocalDate(),
					row.get("until").isNull() ? null : "till " + row.get("until").asLocalDate(),
					row.get("frequency").asString(null), row.get("source").asString(null))
			.filter(part -> part != null)
			.collect(java.util.stream.Collectors.joining(", "));
	}

	private Map<String, Proposal.Decision> decisions(List<String> keys) {
		Map<String, Proposal.Decision> decisions = new HashMap<>();
		for (var row : this.neo4j.query(ReviewQueries.DECISIONS).bindAll(Map.of("keys", keys)).fetch().all()) {
			decisions.put((String) row.get("key"),
					new Proposal.Decision("accepted".equals(row.get("decision")), (String) row.get("by"),
							(java.time.ZonedDateTime) row.get("at"), ProposalKind.valueOf((String) row.get("kind"))));
		}
		return decisions;
	}

	/** Takes the proposal's lock; false when it was decided before. */
	private boolean lock(String key) {
		return this.neo4j.query(ReviewQueries.LOCK)
			.bindAll(Map.of("key", key))
			.fetch()
			.one()
			.map(row -> row.get("decision") == null)
			.orElse(true);
	}

	private void decide(Round round, Proposal proposal, boolean accepted) {
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("key", proposal.key());
		parameters.put("decision", accepted ? "accepted" : "rejected");
		parameters.put("by",
				this.logins.getIfAvailable(SecurityContextHolder::getContextHolderStrategy)
					.getContext()
					.getAuthentication()
					.getName());
		parameters.put("kind", proposal.kind().name());
		parameters.put("round", round.id());
		parameters.put("organisation", proposal.organisationId());
		this.neo4j.query(ReviewQueries.DECIDE).bindAll(parameters).run();
	}

}
