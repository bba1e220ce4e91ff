package se.samverkanskartan.editing;

import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.security.test.context.support.WithMockUser;

import se.samverkanskartan.Neo4jIntegrationTest;
import se.samverkanskartan.network.NetworkService;
import se.samverkanskartan.network.Topic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import se.samverkanskartan.network.NetworkChanged;

@WithMockUser(username = "redaktor", roles = "EDITOR")
class TopicEditingTest extends Neo4jIntegrationTest {

	@Autowired
	TopicEditing topics;

	@Autowired
	TieEditing ties;

	@Autowired
	History history;

	@Autowired
	NetworkService network;

	@Autowired
	Neo4jClient neo4j;

	@Autowired
	ApplicationEventPublisher events;

	@AfterEach
	void cleanUp() {
		this.neo4j.query("MATCH ()-[r:COOPERATES_WITH {source: 'Testämne'}]->() DELETE r").run();
		this.neo4j.query("MATCH (t:Topic) WHERE t.slug STARTS WITH 'test' DETACH DELETE t").run();
		this.neo4j.query("MATCH (c:Change) DELETE c").run();
		this.events.publishEvent(new NetworkChanged("test data"));
	}

	@Test
	void a_new_topic_gets_a_slug_from_its_name_and_can_be_used_for_ties() {
		String slug = this.topics
			.create(new TopicForm("", "Test Trygghetsvandringar", "Test safety walks", "#1E40AF", 0));

		assertThat(slug).isEqualTo("test-trygghetsvandringar");
		assertThat(this.network.topics()).extracting(Topic::slug).contains(slug);
		assertThat(this.topics.load(slug).orElseThrow().color()).isEqualTo("#1e40af");
		this.ties.create(new TieForm(null, "municipality:0125", "municipality:0128", slug, null, null, "explicit",
				"Testämne", "", "", 0));
		assertThat(this.topics.uses(slug)).isEqualTo(1);
		assertThatThrownBy(() -> this.topics.delete(slug, 1)).extracting("parameter").isEqualTo("uses");
	}

	@Test
	void bad_topic_values_are_refused_naming_the_field() {
		assertThatThrownBy(() -> this.topics.create(new TopicForm("test-x", " ", "X", "#123456", 0)))
			.extracting("parameter")
			.isEqualTo("nameSv");
		assertThatThrownBy(() -> this.topics.create(new TopicForm("test-x", "Test X", "X", "blå", 0)))
			.extracting("parameter")
			.isEqualTo("color");
		assertThatThrownBy(() -> this.topics.create(new TopicForm("test-x", "Krisberedskap", "X", "#123456", 0)))
			.extracting("parameter")
			.isEqualTo("nameSv");
		assertThat(this.topics.load("test-x")).isEmpty();
		assertThat(this.history.recent(5)).isEmpty();
	}

	@Test
	void topic_changes_are_recorded_and_reverted() {
		String slug = this.topics.create(new TopicForm("test-amne", "Test Ämne", "Test topic", "#123456", 0));
		TopicForm read = this.topics.load(slug).orElseThrow();
		this.topics.update(new TopicForm(slug, "Test Ämnet", "Test topic", "#654321", read.version()));
		assertThatThrownBy(() -> this.topics.update(new TopicForm(slug, "Annat", "Other", "#000000", read.version())))
			.extracting("parameter")
			.isEqualTo("version");

		List<Change> changes = this.history.ofSubject(slug, 10);
		assertThat(changes).extracting(Change::kind).containsExactly("topic-updated", "topic-created");
		this.history.revert(changes.getFirst().id());
		assertThat(this.topics.load(slug).orElseThrow().nameSv()).isEqualTo("Test Ämne");

		TopicForm now = this.topics.load(slug).orElseThrow();
		this.topics.delete(slug, now.version());
		assertThat(this.topics.load(slug)).isEmpty();
		this.history.revert(this.history.ofSubject(slug, 1).getFirst().id());
		assertThat(this.topics.load(slug).orElseThrow().color()).isEqualTo("#123456");
	}

}
