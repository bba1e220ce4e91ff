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
 */
public record ImportReport(List<ImportProblem> problems, List<ImportProblem> matches, int nodesCreated,
		int nodesUpdated, int nodesUnchanged, int relationshipsCreated, int relationshipsUpdated,
		int relationshipsUnchanged, boolean applied) {

	public ImportReport {
		problems = List.copyOf(problems);
		matches = List.copyOf(matches);
	}

	static ImportReport failed(List<ImportProblem> problems) {
		return new ImportReport(problems, List.of(), 0, 0, 0, 0, 0, 0, false);
	}

	public boolean ok() {
		return this.problems.isEmpty();
	}

	/** What the batch would create, update and leave alone in the current graph. */
	static ImportReport counted(ImportBatch batch, StoredGraph.Snapshot current, boolean applied) {
		if (!batch.problems.isEmpty()) {
			return new ImportReport(batch.problems, batch.matches, 0, 0, 0, 0, 0, 0, false);
		}
		Map<String, Map<String, Object>> nodes = new HashMap<>();
		current.nodes().forEach(node -> nodes.put(node.ref().id(), node.properties()));
		Map<String, Map<String, Object>> ties = new HashMap<>();
		current.relationships().forEach(tie -> ties.put(tie.identity(), tie.properties()));
		int[] counts = new int[6];
		batch.nodes.forEach(node -> counts[compare(nodes.get(node.ref().id()), node.properties())]++);
		batch.relationships.forEach(tie -> counts[3 + compare(ties.get(tie.identity()), tie.properties())]++);
		return new ImportReport(List.of(), batch.matches, counts[0], counts[1], counts[2], counts[3], counts[4],
				counts[5], applied);
	}

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
