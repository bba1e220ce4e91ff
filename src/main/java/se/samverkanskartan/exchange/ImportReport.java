package se.samverkanskartan.exchange;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What an import found and did. A dry run fills the counts without writing; an import
 * with problems writes nothing.
 *
 * @param problems everything wrong with the file; empty when it can be applied
 * @param matches near name matches that were accepted on confirmation, to show the user
 * @param nodesCreated nodes that are new
 * @param nodesUpdated nodes that exist with other properties
 * @param nodesUnchanged nodes that exist as in the file
 * @param relationshipsCreated ties that are new
 * @param relationshipsUpdated ties that exist with other properties
 * @param relationshipsUnchanged ties that exist as in the file
 * @param applied whether the file was written
 * @param changes for a dry run, each organisation and tie of the file with what the
 * import would do to it
 */
public record ImportReport(List<ImportProblem> problems, List<ImportProblem> matches, int nodesCreated,
		int nodesUpdated, int nodesUnchanged, int relationshipsCreated, int relationshipsUpdated,
		int relationshipsUnchanged, boolean applied, List<PlannedChange> changes) {

	public ImportReport {
		problems = List.copyOf(problems);
		matches = List.copyOf(matches);
		changes = List.copyOf(changes);
	}

	/** What an import does to one organisation or tie. */
	public enum Outcome {

		CREATED, UPDATED, UNCHANGED

	}

	/**
	 * @param tie whether it is a tie (else an organisation)
	 * @param description the organisation's name, or a tie's ends and kind or topic
	 * @param outcome created, updated or left alone
	 */
	public record PlannedChange(boolean tie, String description, Outcome outcome) {

	}

	static ImportReport failed(List<ImportProblem> problems) {
		return new ImportReport(problems, List.of(), 0, 0, 0, 0, 0, 0, false, List.of());
	}

	public boolean ok() {
		return this.problems.isEmpty();
	}

	/** What the batch would create, update and leave alone in the current graph. */
	static ImportReport counted(ImportBatch batch, StoredGraph.Snapshot current, boolean applied) {
		if (!batch.problems.isEmpty()) {
			return new ImportReport(batch.problems, batch.matches, 0, 0, 0, 0, 0, 0, false, List.of());
		}
		Map<String, Map<String, Object>> nodes = new HashMap<>();
		current.nodes().forEach(node -> nodes.put(node.ref().id(), node.properties()));
		Map<String, Map<String, Object>> ties = new HashMap<>();
		current.relationships().forEach(tie -> ties.put(tie.identity(), tie.properties()));
		Map<String, Object> names = new HashMap<>();
		if (!applied) {
			current.nodes().forEach(node -> names.put(node.ref().id(), node.properties().get("name")));
			batch.nodes.forEach(node -> names.put(node.ref().id(), node.properties().get("name")));
		}
		int[] counts = new int[6];
		List<PlannedChange> changes = new java.util.ArrayList<>();
		for (StoredGraph.StoredNode node : batch.nodes) {
			int outcome = compare(nodes.get(node.ref().id()), node.properties());
			counts[outcome]++;
			if (!applied) {
				changes.add(new PlannedChange(false, String.valueOf(names.get(node.ref().id())), OUTCOMES[outcome]));
			}
		}
		// The list is for the dry run, before writing; an applied import reports counts
		for (StoredGraph.StoredRelationship tie : batch.relationships) {
			int outcome = compare(ties.get(tie.identity()), tie.properties());
			counts[3 + outcome]++;
			if (!applied) {
				Object topic = tie.properties().get("topic");
				changes.add(new PlannedChange(true, names.get(tie.from().id()) + " – " + names.get(tie.to().id()) + " ("
						+ ((topic != null) ? topic : tie.type()) + ")", OUTCOMES[outcome]));
			}
		}
		return new ImportReport(List.of(), batch.matches, counts[0], counts[1], counts[2], counts[3], counts[4],
				counts[5], applied, changes);
	}

	private static final Outcome[] OUTCOMES = { Outcome.CREATED, Outcome.UPDATED, Outcome.UNCHANGED };

	/** 0 new, 1 changed, 2 the same; values compared as the dump writes them. */
	private static int compare(Map<String, Object> before, Map<String, Object> after) {
		if (before == null) {
			return 0;
		}
		Map<String, Object> merged = new HashMap<>(before);
		merged.putAll(after);
		return Objects.equals(normalised(merged), normalised(before)) ? 2 : 1;
	}

	private static Map<String, String> normalised(Map<String, Object> properties) {
		Map<String, String> out = new HashMap<>();
		properties.forEach((name, value) -> out.put(name, DumpWriter.value(value).toString()));
		return out;
	}

}
