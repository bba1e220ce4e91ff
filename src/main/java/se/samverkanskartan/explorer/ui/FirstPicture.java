package se.samverkanskartan.explorer.ui;

import java.util.Set;
import java.util.stream.Collectors;

import com.vaadin.flow.router.QueryParameters;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import se.samverkanskartan.accounts.CurrentUser;
import se.samverkanskartan.accounts.Role;
import se.samverkanskartan.accounts.SecuritySettings;
import se.samverkanskartan.explorer.GraphLayouts;
import se.samverkanskartan.infrastructure.TranslationProvider;
import se.samverkanskartan.network.GraphSlice;
import se.samverkanskartan.network.NetworkService;
import se.samverkanskartan.network.Topic;

/**
 * The explorer's graph for its URL, exactly as the view sends it, fetched by the page's
 * script while Vaadin is still starting: a returning visitor sees the graph before the
 * view is built (frontend/first-picture.ts, docs/benchmarks.md). Only views whose graph
 * needs no overlay or comparison are served; for the others (204) the page waits for the
 * view.
 */
@RestController
class FirstPicture {

	static final String PATH = "/explorer/first-picture";

	private final NetworkService network;

	private final GraphLayouts layouts;

	private final CurrentUser user;

	private final SecuritySettings security;

	FirstPicture(NetworkService network, GraphLayouts layouts, CurrentUser user, SecuritySettings security) {
		this.network = network;
		this.layouts = layouts;
		this.user = user;
		this.security = security;
	}

	@GetMapping(PATH)
	ResponseEntity<byte[]> graph(HttpServletRequest request) {
		if (!this.security.anonymousRead() && !this.user.can(Role.VIEWER)) {
			return ResponseEntity.status(HttpStatus.UNAUTHORIZED).build();
		}
		Set<String> topics = this.network.topics().stream().map(Topic::slug).collect(Collectors.toSet());
		String query = request.getQueryString();
		ExplorerUrl.State state = ExplorerUrl.fromQuery(QueryParameters.fromString(query == null ? "" : query), topics);
		if (!plain(state)) {
			return ResponseEntity.noContent().build();
		}
		GraphSlice slice = this.network.graph(state.filter());
		// The picture shows no translated text; the view's locale only changes tie titles
		GraphData data = GraphDataMapper.toGraphData(slice, TranslationProvider.SWEDISH, GraphOverlay.NONE,
				this.layouts.positions(slice));
		return ResponseEntity.ok()
			.cacheControl(CacheControl.noStore())
			.contentType(MediaType.APPLICATION_JSON)
			.body(NetworkGraph.JSON.writeValueAsBytes(data));
	}

	/**
	 * A view drawn from the filtered network as it is: the server's layout, no clusters,
	 * suggestions, ego network, comparison or saved positions, and no mistakes in the
	 * URL.
	 */
	static boolean plain(ExplorerUrl.State state) {
		ViewChoices choices = state.choices();
		return state.problems().isEmpty() && "fcose".equals(choices.layout()) && choices.ego() == 0 && !choices.table()
				&& !choices.clusters() && !choices.suggest() && choices.saved() == null && choices.compare() == null;
	}

}
