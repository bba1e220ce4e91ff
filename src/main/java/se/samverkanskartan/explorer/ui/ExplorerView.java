package se.samverkanskartan.explorer.ui;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;

import se.samverkanskartan.accounts.CurrentUser;
import se.samverkanskartan.accounts.Role;
import se.samverkanskartan.editing.History;
import se.samverkanskartan.explorer.GraphLayouts;
import se.samverkanskartan.editing.TieEditing;
import se.samverkanskartan.exchange.SavedViews;
import se.samverkanskartan.network.GraphFilter;
import se.samverkanskartan.network.GraphNode;
import se.samverkanskartan.network.GraphSlice;
import se.samverkanskartan.network.NetworkService;
import se.samverkanskartan.network.SourceService;
import se.samverkanskartan.network.Topic;
import se.samverkanskartan.shell.MainLayout;

/**
 * The start page: the network under the chosen filters, its legend, search, and side
 * panels for the selected node or tie. The view state lives in the URL.
 */
@Route(value = "", layout = MainLayout.class)
@com.vaadin.flow.server.auth.AnonymousAllowed
public class ExplorerView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

	private final SavedViews savedViews;

	private final OverlayBuilder overlays;

	private final Set<String> topicSlugs;

	private final GraphCanvas canvas = new GraphCanvas();

	private final NetworkGraph graph = this.canvas.graph();

	private final FilterBar filters;

	private final GraphLayouts layouts;

	private final TableTwin tableTwin = new TableTwin(this::select);

	private final SelectionPanels selection;

	private final ViewControls controls;

	/** The state the page shows: the last address entered (changes start from it). */
	private ExplorerUrl.State shown = ExplorerUrl.State.EMPTY;

	/**
	 * Whether the graph drawn matches {@link #shown}; false before the first draw and
	 * after an edit.
	 */
	private boolean drawn;

	private GraphSlice shownSlice;

	private GraphSlice dimmedEgo;

	private final DayComparison comparison;

	private final se.samverkanskartan.review.TieConfirmations confirmations;

	private final SidesFilter sides;

	ExplorerView(NetworkService network, SourceService sources, OverlayBuilder overlays, ViewActions actions,
			SavedViews savedViews, CurrentUser user, TieEditing editing, History history, EditorActions editorActions,
			se.samverkanskartan.review.Flags flags, se.samverkanskartan.review.TieConfirmations confirmations,
			GraphLayouts layouts) {
		this.layouts = layouts;
		this.overlays = overlays;
		this.savedViews = savedViews;
		this.comparison = new DayComparison(network, this);
		this.selection = new SelectionPanels(network, sources, this.graph, this.tableTwin, this::select,
				(from, target) -> go(this.shown.withPath(from, target)));
		setSizeFull();
		setSpacing(false);
		setPadding(false);
		List<Topic> topics = network.topics();
		List<GraphNode> everyone = network.graph(GraphFilter.EVERYTHING).nodes();
		this.topicSlugs = topics.stream().map(Topic::slug).collect(Collectors.toSet());
		this.filters = new FilterBar(topics, everyone, getLocale(), filter -> go(this.shown.withFilter(filter)));
		var search = new SearchField(everyone, found -> {
			select(found);
			this.graph.focus(found);
		});
		this.controls = new ViewControls(this.graph,
				choice -> go(this.shown.withChoices(this.shown.choices().with(choice))),
				() -> actions.export(this.canvas, this.filters.describe(), this.shown.choices().clusters()),
				() -> actions.save(this.canvas, this.shown.withChoices(this.shown.choices()).toQuery()));
		this.controls.allowSaving(user.can(Role.EDITOR));
		this.selection.tieDetails()
			.enableEditing(editing, history, user.can(Role.EDITOR), network::topics, this::redraw);
		if (user.can(Role.EDITOR)) {
			this.selection.details()
				.enableEditing(from -> editorActions.newTie(from, this::redraw),
						id -> editorActions.editOrganisation(id, this::redraw));
			this.controls.allowNewOrganisation(() -> editorActions.newOrganisation(this::redraw));
		}
		this.selection.tieDetails().showConfirmations(confirmations::current);
		if (user.name().isPresent()) {
			this.selection.tieDetails().enableFlagging((id, name) -> new FlagDialog(flags, id, true, name).open());
			this.selection.details().enableFlagging((id, name) -> new FlagDialog(flags, id, false, name).open());
		}
		this.filters.onCompare(day -> go(this.shown.withChoices(this.shown.choices().withCompare(day))));
		this.confirmations = confirmations;
		this.sides = new SidesFilter(sides -> go(this.shown.withChoices(this.shown.choices().withSides(sides))));
		this.filters.addComponentAsFirst(search);
		this.filters.addComponentAtIndex(1, FilterFold.toggleFor(this.filters));
		this.filters.add(this.controls);
		this.graph.addNodeClickListener(event -> select(event.getNodeId()));
		this.graph.addEdgeClickListener(event -> {
			// Suggested ties have no evidence to show
			if (!event.getTieId().startsWith("suggestion:")) {
				go(this.shown.withTie(event.getTieId()));
			}
		});
		this.graph.addBackgroundClickListener(event -> select(null));
		this.tableTwin.setVisible(false);
		var body = new HorizontalLayout(this.canvas, this.tableTwin, this.selection.details(),
				this.selection.tieDetails());
		body.setWidthFull();
		body.setSpacing(false);
		body.getStyle().set("min-height", "0");
		add(this.filters, body);
		setFlexGrow(1, body);
	}

	@Override
	public void beforeEnter(BeforeEnterEvent event) {
		ExplorerUrl.State state = ExplorerUrl.fromQuery(event.getLocation().getQueryParameters(), this.topicSlugs);
		if (!state.problems().isEmpty()) {
			Warnings.warn(getTranslation("explorer.bad-url", String.join(", ", state.problems())));
		}
		enter(state);
	}

	/**
	 * Shows a state: whatever differs from the shown one is applied, so that any sequence
	 * of changes ends where opening the final address afresh would.
	 */
	private void enter(ExplorerUrl.State state) {
		boolean redraw = !this.drawn || ExplorerUrl.redrawNeeded(this.shown, state);
		this.shown = state;
		this.drawn = true;
		ViewChoices choices = state.choices();
		this.controls.show(choices);
		this.canvas.setVisible(!choices.table());
		this.tableTwin.setVisible(choices.table());
		this.graph.setLayout(choices.layout());
		if (redraw) {
			freezePositions(choices.saved());
			this.filters.show(state.filter());
			this.filters.showCompare(choices.compare());
			this.sides.showChoice(choices.sides());
			GraphSlice slice = this.comparison.slice(state.filter(), choices.compare());
			boolean ego = choices.ego() != 0 && state.selected() != null;
			show((ego && choices.ego() > 0) ? slice.around(state.selected(), choices.ego()) : slice, state);
			this.dimmedEgo = (ego && choices.ego() < 0) ? slice.around(state.selected(), -choices.ego()) : null;
		}
		this.canvas.showMap(choices);
		this.selection.showOrganisation(state.selected(),
				new SelectionPanels.Context(this.shownSlice, state.filter(), this.dimmedEgo, state.pathTo()),
				getLocale());
		if (state.tie() != null) {
			this.selection.showTie(state.tie(), getLocale());
		}
	}

	/** After an edit: the same view drawn again from the changed data, in place. */
	private void redraw() {
		this.drawn = false;
		enter(this.shown);
	}

	/** A saved view's positions, or none; an unknown view is reported. */
	private void freezePositions(String savedId) {
		Map<String, double[]> positions = null;
		if (savedId != null) {
			positions = this.savedViews.find(savedId).map(view -> view.positions()).orElse(null);
			if (positions == null) {
				Warnings.warn(getTranslation("saved.unknown"));
			}
		}
		this.graph.setFrozenPositions(positions);
	}

	private void show(GraphSlice all, ExplorerUrl.State state) {
		Locale locale = getLocale();
		var views = this.confirmations.current();
		// The choice of both sides' view only once a round has answers
		if (!views.isEmpty() && this.sides.getParent().isEmpty()) {
			this.filters.add(this.sides);
		}
		GraphSlice slice = SidesFilter.keep(all, state.choices().sides(), views);
		this.shownSlice = slice;
		GraphOverlay overlay = this.overlays.build(slice, state.filter(), state.choices().clusters(),
				state.choices().suggest(), state.selected(), locale, getTranslation("legend.suggestion"));
		this.canvas.show(slice, locale, this.comparison.marked(overlay), this.layouts.positions(slice));
		this.tableTwin.show(slice);
	}

	private void go(ExplorerUrl.State next) {
		QueryParameters query = next.toQuery();
		UI ui = UI.getCurrent();
		// the same place again would add a history entry that Back only repeats
		if (!query.equals(ui.getActiveViewLocation().getQueryParameters())) {
			ui.navigate(ExplorerView.class, query);
		}
	}

	private void select(String nodeId) {
		go(this.shown.withSelected(nodeId));
	}

	@Override
	public String getPageTitle() {
		return getTranslation("app.title");
	}

}
