package se.samverkanskartan.editing;

import java.util.List;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.samverkanskartan.accounts.Role;
import se.samverkanskartan.network.InvalidParameterException;

/**
 * The activity trail: every change to ties, organisations and topics, for all, one
 * organisation or one subject; and reverting a change, which is itself recorded.
 */
@Service
public class History {

	private final ChangeLog log;

	private final TieEditing ties;

	private final OrganisationEditing organisations;

	private final TopicEditing topics;

	private final NeedEditing needs;

	History(ChangeLog log, TieEditing ties, OrganisationEditing organisations, TopicEditing topics, NeedEditing needs) {
		this.log = log;
		this.ties = ties;
		this.organisations = organisations;
		this.topics = topics;
		this.needs = needs;
	}

	/** The most recent changes of everything. */
	@Transactional(readOnly = true)
	public List<Change> recent(int limit) {
		return this.log.search(null, null, limit);
	}

	/** The most recent changes of one tie, organisation or topic (by its id or slug). */
	@Transactional(readOnly = true)
	public List<Change> ofSubject(String subjectId, int limit) {
		return this.log.search(subjectId, null, limit);
	}

	/**
	 * The most recent changes that concern an organisation: its own and its ties'.
	 */
	@Transactional(readOnly = true)
	public List<Change> ofOrganisation(String organisationId, int limit) {
		return this.log.search(null, organisationId, limit);
	}

	/**
	 * Undoes a change; the subject's service records the revert with its before and
	 * after.
	 * @throws RevertRefusedException when a later change or the current data is in the
	 * way, with the reason
	 */
	@Transactional
	@PreAuthorize(Role.CAN_EDIT)
	public void revert(String changeId) {
		Change change = this.log.find(changeId)
			.orElseThrow(() -> new InvalidParameterException("change", "No change " + changeId));
		if (change.kind().equals("revert")) {
			throw new RevertRefusedException("revert", "A revert is undone by editing again");
		}
		if (change.kind().equals("organisation-merged")) {
			throw new RevertRefusedException("merge", "A merge mixed two organisations' ties; undo it by editing");
		}
		if (change.kind().startsWith("tie-")) {
			this.ties.revert(change);
		}
		else if (change.kind().startsWith("organisation-")) {
			this.organisations.revert(change);
		}
		else if (change.kind().startsWith("need-")) {
			this.needs.revert(change);
		}
		else if (change.kind().startsWith("topic-")) {
			this.topics.revert(change);
		}
		else {
			throw new InvalidParameterException("change", "Unknown kind of change: " + change.kind());
		}
	}

}
