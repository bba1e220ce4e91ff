package se.samverkanskartan.exchange;

/**
 * One thing wrong with an import file.
 *
 * @param file the file's name
 * @param location where in it: a JSON path such as {@code nodes[3].key}, or sheet, row
 * and column
 * @param message what is wrong, in words
 */
public record ImportProblem(String file, String location, String message) {

	@Override
	public String toString() {
		return this.file + (this.location.isEmpty() ? "" : " · " + this.location) + ": " + this.message;
	}

}
