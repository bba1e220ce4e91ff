package se.samverkanskartan.exchange;

import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.neo4j.core.Neo4jClient;

import se.samverkanskartan.Neo4jIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SavedViewsTest extends Neo4jIntegrationTest {

	@Autowired
	SavedViews views;

	@Autowired
	Neo4jClient neo4j;

	@AfterEach
	void removeViews() {
		this.neo4j.query("MATCH (v:SavedView) DELETE v").run();
	}

	@Test
	void a_view_is_saved_renamed_and_deleted_with_its_positions() {
		String id = this.views.save("  Norra länet ", "", "topic=unga",
				Map.of("municipality:0117", new double[] { 1.5, -2 }));

		SavedView saved = this.views.find(id).orElseThrow();
		assertThat(saved.name()).isEqualTo("Norra länet");
		assertThat(saved.query()).isEqualTo("topic=unga");
		assertThat(saved.positions().get("municipality:0117")).containsExactly(1.5, -2);

		this.views.rename(id, "Nordost", "Sju kommuner");
		assertThat(this.views.list()).singleElement()
			.satisfies(
					view -> assertThat(view.name() + " / " + view.description()).isEqualTo("Nordost / Sju kommuner"));
		this.views.delete(id);
		assertThat(this.views.find(id)).isEmpty();
	}

	@Test
	void bad_names_and_unknown_views_are_refused_by_name() {
		assertThatThrownBy(() -> this.views.save(" ", "", "", Map.of())).extracting("parameter").isEqualTo("name");
		assertThatThrownBy(() -> this.views.save("x".repeat(81), "", "", Map.of())).extracting("parameter")
			.isEqualTo("name");
		assertThatThrownBy(() -> this.views.rename("deadbeef", "Namn", "")).extracting("parameter").isEqualTo("id");
		assertThat(this.views.find("../../etc")).isEmpty();
	}

}
