package se.samverkanskartan.infrastructure;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class CypherMigrationTest {

	@Test
	void statements_end_at_a_semicolon_at_the_end_of_a_line_and_comments_are_skipped() {
		var migration = CypherMigration.parse("V0007__sample.cypher", """
				// a comment; with a semicolon
				MERGE (a:Topic {slug: 'x'})
				SET a.nameSv = 'a; b';
				CREATE CONSTRAINT c IF NOT EXISTS FOR (n:Forum) REQUIRE n.slug IS UNIQUE;
				""");

		assertThat(migration.version()).isEqualTo("0007");
		assertThat(migration.statements()).containsExactly("MERGE (a:Topic {slug: 'x'})\nSET a.nameSv = 'a; b'",
				"CREATE CONSTRAINT c IF NOT EXISTS FOR (n:Forum) REQUIRE n.slug IS UNIQUE");
		assertThat(migration.isSchemaOnly()).isFalse();
	}

	@Test
	void a_file_of_constraints_and_indexes_is_schema_only() {
		var migration = CypherMigration.parse("V1__schema.cypher", """
				CREATE CONSTRAINT a IF NOT EXISTS FOR (n:Actor) REQUIRE n.slug IS UNIQUE;
				create index b if not exists for (n:Organisation) on (n.name);
				""");

		assertThat(migration.isSchemaOnly()).isTrue();
	}

	@Test
	void the_checksum_changes_with_the_text() {
		assertThat(CypherMigration.parse("V1__a.cypher", "RETURN 1;").checksum())
			.isNotEqualTo(CypherMigration.parse("V1__a.cypher", "RETURN 2;").checksum());
	}

	@Test
	void a_badly_named_file_is_named_in_the_error() {
		assertThatIllegalArgumentException().isThrownBy(() -> CypherMigration.parse("data.cypher", "RETURN 1;"))
			.withMessageContaining("data.cypher");
	}

}
