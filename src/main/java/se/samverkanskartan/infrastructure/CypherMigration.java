package se.samverkanskartan.infrastructure;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * One file in {@code cypher/}, named {@code V<version>__<description>.cypher}. Statements
 * end with a semicolon at the end of a line; lines starting with {@code //} are comments.
 *
 * @param fileName the file's name, used in every message about it
 * @param version the version, which orders the files
 * @param statements the Cypher statements in file order
 * @param checksum SHA-256 of the file's text, to notice edits after it was applied
 */
record CypherMigration(String fileName, String version, List<String> statements, String checksum) {

	private static final Pattern NAME = Pattern.compile("V(\\d+)__(\\w+)\\.cypher");

	private static final Pattern SCHEMA_STATEMENT = Pattern.compile(
			"^(CREATE|DROP)\\s+(CONSTRAINT|INDEX|RANGE INDEX|TEXT INDEX|POINT INDEX|FULLTEXT INDEX|LOOKUP INDEX)\\b");

	static CypherMigration parse(String fileName, String text) {
		var name = NAME.matcher(fileName);
		if (!name.matches()) {
			throw new IllegalArgumentException(
					"Migration file " + fileName + " does not follow the pattern V<version>__<description>.cypher");
		}
		return new CypherMigration(fileName, name.group(1), splitStatements(text), sha256(text));
	}

	/** Schema and data changes cannot share a transaction in Neo4j. */
	boolean isSchemaOnly() {
		return this.statements.stream()
			.allMatch(statement -> SCHEMA_STATEMENT.matcher(statement.toUpperCase(Locale.ROOT)).find());
	}

	private static List<String> splitStatements(String text) {
		List<String> statements = new ArrayList<>();
		var current = new StringBuilder();
		for (String line : text.split("\\R")) {
			String trimmed = line.strip();
			if (trimmed.isEmpty() || trimmed.startsWith("//")) {
				continue;
			}
			current.append(line).append('\n');
			if (trimmed.endsWith(";")) {
				String statement = current.toString().strip();
				statements.add(statement.substring(0, statement.length() - 1).strip());
				current.setLength(0);
			}
		}
		if (!current.toString().isBlank()) {
			statements.add(current.toString().strip());
		}
		return List.copyOf(statements);
	}

	private static String sha256(String text) {
		try {
			var digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
