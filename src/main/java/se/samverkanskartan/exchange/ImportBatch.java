package se.samverkanskartan.exchange;

import java.util.ArrayList;
import java.util.List;

/**
 * What a file asks for, in the dump's terms, with the problems found and the name matches
 * that need a person's confirmation.
 */
final class ImportBatch {

	final String file;

	final List<StoredGraph.StoredNode> nodes = new ArrayList<>();

	final List<StoredGraph.StoredRelationship> relationships = new ArrayList<>();

	final List<ImportProblem> problems = new ArrayList<>();

	/** Near matches ("Österaker" → Österåker): problems unless confirmed. */
	final List<ImportProblem> matches = new ArrayList<>();

	ImportBatch(String file) {
		this.file = file;
	}

	/** False, with the problem noted, when the file is over the size limit. */
	boolean withinLimit(long bytes, long maxBytes, ImportMessages messages) {
		if (bytes > maxBytes) {
			problem("", messages.text("import.problem.too-large", ImportMessages.size(bytes),
					ImportMessages.size(maxBytes)));
			return false;
		}
		return true;
	}

	void problem(String location, String message) {
		this.problems.add(new ImportProblem(this.file, location, message));
	}

}
