package se.samverkanskartan.exchange;

import java.util.List;

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

}
