package se.samverkanskartan.accounts;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

import se.samverkanskartan.Neo4jIntegrationTest;
import se.samverkanskartan.analysis.AnalysisService;
import se.samverkanskartan.exchange.DatabaseDump;
import se.samverkanskartan.exchange.SavedViews;
import se.samverkanskartan.exchange.TableImport;
import se.samverkanskartan.infrastructure.TranslationProvider;
import se.samverkanskartan.suggestions.Suggestion;
import se.samverkanskartan.suggestions.SuggestionService;

import static org.assertj.core.api.Assertions.assertThat;

import se.samverkanskartan.network.NetworkChanged;

/**
 * Every data-changing service method against anonymous, viewer, editor and admin: the
 * check is on the server, not only in which buttons are shown.
 */
class AuthorizationMatrixTest extends Neo4jIntegrationTest {

	private static final Locale SV = TranslationProvider.SWEDISH;

	@Autowired
	SuggestionService suggestions;

	@Autowired
	AnalysisService analysis;

	@Autowired
	DatabaseDump dump;

	@Autowired
	TableImport tables;

	@Autowired
	SavedViews savedViews;

	@Autowired
	Accounts accounts;

	@Autowired
	se.samverkanskartan.editing.TieEditing editing;

	@Autowired
	se.samverkanskartan.editing.OrganisationEditing organisationEditing;

	@Autowired
	Neo4jClient neo4j;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	se.samverkanskartan.editing.History history;

	@Autowired
	se.samverkanskartan.editing.TopicEditing topicEditing;

	@AfterEach
	void cleanUp() {
		SecurityContextHolder.clearContext();
		this.neo4j.query("MATCH (n) WHERE n:SavedView OR n:SuggestionDecision OR n:ClusterName DETACH DELETE n").run();
		this.neo4j.query("MATCH ()-[r:COOPERATES_WITH {confidence: 'accepted'}]->() DELETE r").run();
		this.neo4j.query("MATCH ()-[r:COOPERATES_WITH {source: 'Matris'}]->() DELETE r").run();
		this.neo4j.query("MATCH (c:Change) DELETE c").run();
		this.neo4j.query("MATCH (t:Topic) WHERE t.slug STARTS WITH 'test-' DETACH DELETE t").run();
		this.neo4j.query("MATCH (n:Actor) WHERE n.slug STARTS WITH 'test-' DETACH DELETE n").run();
		this.neo4j.query("MATCH (u:User) WHERE u.username STARTS WITH 'test-' DELETE u").run();
		this.events.publishEvent(new NetworkChanged("test data"));
	}

	private Map<String, Runnable> editorActions() {
		Suggestion first = this.suggestions.suggestions("municipality:0125", null, 1, SV).getFirst();
		byte[] csv = "från;till;område\nEkerö;Salem;Krisberedskap\n".getBytes(StandardCharsets.UTF_8);
		Map<String, Runnable> actions = new LinkedHashMap<>();
		actions.put("accept suggestion", () -> this.suggestions.accept(first, "krisberedskap", "x"));
		actions.put("dismiss suggestion", () -> this.suggestions.dismiss(first, "x"));
		actions.put("rename cluster", () -> this.analysis.rename("0123456789abcdef", "Namn"));
		actions.put("apply dump", () -> this.dump.apply("d.json", "{}".getBytes(StandardCharsets.UTF_8), SV));
		actions.put("apply table import", () -> this.tables.apply("band.csv", csv, false, SV));
		actions.put("save view", () -> this.savedViews.save("Vy", "", "", Map.of()));
		actions.put("rename view", () -> this.savedViews.rename("deadbeef", "Vy", ""));
		actions.put("delete view", () -> this.savedViews.delete("deadbeef"));
		var tie = new se.samverkanskartan.editing.TieForm(null, "municipality:0125", "municipality:0128",
				"krisberedskap", null, null, "explicit", "Matris", "", "", 0);
		actions.put("create tie", () -> this.editing.create(tie));
		actions.put("update tie", () -> this.editing.update(tie));
		actions.put("delete tie", () -> this.editing.delete("none", 0));
		actions.put("revert change", () -> this.history.revert("none"));
		var topic = new se.samverkanskartan.editing.TopicForm("test-matris", "Matrisämne", "Matrix topic", "#123456",
				0);
		actions.put("create topic", () -> this.topicEditing.create(topic));
		actions.put("update topic", () -> this.topicEditing.update(topic));
		actions.put("delete topic", () -> this.topicEditing.delete("test-none", 0));
		var organisation = new se.samverkanskartan.editing.OrganisationForm("actor:test-matrix", "Matris", null, null,
				List.of(), 0);
		actions.put("create organisation", () -> this.organisationEditing.create(organisation));
		actions.put("update organisation", () -> this.organisationEditing.update(organisation));
		actions.put("delete organisation", () -> this.organisationEditing.delete("actor:test-none", false));
		actions.put("merge organisations", () -> this.organisationEditing.merge("actor:test-a", "actor:test-b"));
		return actions;
	}

	private Map<String, Runnable> adminActions() {
		Map<String, Runnable> actions = new LinkedHashMap<>();
		actions.put("list users", this.accounts::list);
		actions.put("create user", () -> this.accounts.create("test-c", "ett långt lösenord", Role.VIEWER));
		actions.put("change role", () -> this.accounts.changeRole("test-none", Role.EDITOR));
		actions.put("reset password", () -> this.accounts.resetPassword("test-none", "ett långt lösenord"));
		actions.put("deactivate", () -> this.accounts.setActive("test-none", false));
		return actions;
	}

	@Autowired
	org.springframework.beans.factory.ObjectProvider<org.springframework.security.core.context.SecurityContextHolderStrategy> strategies;

	/**
	 * Runs the action as the given role (null: anonymous); true when it was let through.
	 * The login is set on every holder a check might read (the global one, the test one,
	 * the application's), and no Vaadin session left on this thread by a UI test may lend
	 * its login.
	 */
	private boolean allowed(String role, Runnable action) {
		com.vaadin.flow.internal.CurrentInstance.clearAll();
		var context = SecurityContextHolder.createEmptyContext();
		if (role != null) {
			context.setAuthentication(new TestingAuthenticationToken("test-user", "", "ROLE_" + role));
		}
		org.springframework.security.test.context.TestSecurityContextHolder.setContext(context);
		SecurityContextHolder.setContext(context);
		this.strategies.ifAvailable(strategy -> strategy.setContext(context));
		try {
			action.run();
			return true;
		}
		catch (AccessDeniedException | AuthenticationCredentialsNotFoundException ex) {
			return false;
		}
		catch (RuntimeException ex) {
			// Past the role check: the action itself refused the input
			return true;
		}
	}

	@Test
	void only_editors_and_admins_change_data_and_only_admins_manage_users() {
		Map<String, Runnable> editor = editorActions();
		Map<String, Runnable> admin = adminActions();
		for (String role : new String[] { null, "VIEWER", "EDITOR", "ADMIN" }) {
			boolean canEdit = "EDITOR".equals(role) || "ADMIN".equals(role);
			boolean canAdminister = "ADMIN".equals(role);
			editor.forEach(
					(name, action) -> assertThat(allowed(role, action)).as(name + " as " + role).isEqualTo(canEdit));
			admin.forEach((name, action) -> assertThat(allowed(role, action)).as(name + " as " + role)
				.isEqualTo(canAdminister));
		}
		assertThat(List.of(editor.size(), admin.size())).containsExactly(19, 5);
	}

}
