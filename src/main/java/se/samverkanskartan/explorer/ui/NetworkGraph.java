package se.samverkanskartan.explorer.ui;

import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;
import com.vaadin.flow.internal.StateTree;
import com.vaadin.flow.shared.Registration;
import tools.jackson.databind.json.JsonMapper;

/**
 * Java side of {@code <network-graph>}, the Cytoscape.js graph view. Changes made in one
 * round trip are gathered and sent together as one {@link GraphViewState} before the
 * response (as Vaadin's Map component does), so the browser never sees half a change.
 */
@Tag("network-graph")
@JsModule("./components/network-graph.ts")
@NpmPackage(value = "cytoscape", version = "3.34.4")
@NpmPackage(value = "cytoscape-fcose", version = "2.2.0")
public class NetworkGraph extends Component implements HasSize {

	static final JsonMapper JSON = JsonMapper.builder().build();

	private GraphData graph = new GraphData(List.of(), List.of());

	private long revision;

	/**
	 * Whether the browser lacks the current graph (changed, or the element attached
	 * anew).
	 */
	private boolean graphPending = true;

	private StateTree.ExecutionRegistration pendingSync;

	private String selected;

	private String layout = "fcose";

	private List<String> highlighted = List.of();

	private Map<String, double[]> frozen;

	private MapLayer map;

	/** Whether the browser lacks the current map. */
	private boolean mapPending;

	NetworkGraph() {
		// Over the block of organisations tied to nothing (network-graph-isolates.ts)
		getElement().setAttribute("isolates-heading", getTranslation("graph.isolates-heading"));
	}

	/** Replaces the drawn graph; the browser lays it out anew. */
	void setGraph(GraphData graph) {
		this.graph = graph;
		this.revision++;
		this.graphPending = true;
		scheduleSync();
	}

	/**
	 * The county's map drawn under the geographic layout, or null; sent only when it
	 * changed.
	 */
	void setMap(MapLayer map) {
		if (!java.util.Objects.equals(map, this.map)) {
			this.map = map;
			this.mapPending = true;
			scheduleSync();
		}
	}

	MapLayer getMap() {
		return this.map;
	}

	GraphData getGraph() {
		return this.graph;
	}

	/** Marks one node as selected, or none with {@code null}. */
	void setSelected(String nodeId) {
		this.selected = nodeId;
		scheduleSync();
	}

	/** Marks these nodes and ties (a path) and fades the rest; empty clears. */
	void setHighlighted(List<String> ids) {
		this.highlighted = List.copyOf(ids);
		scheduleSync();
	}

	/** One of fcose, geographic, concentric or grouped; switching animates. */
	void setLayout(String layout) {
		this.layout = layout;
		scheduleSync();
	}

	/**
	 * Places nodes at these positions (a saved view) instead of laying them out; null
	 * clears. Applies with the next graph.
	 */
	void setFrozenPositions(Map<String, double[]> positions) {
		this.frozen = positions;
		scheduleSync();
	}

	/** The document the next round trip sends. */
	GraphViewState state() {
		return new GraphViewState(this.revision, this.graphPending ? this.graph : null, this.selected, this.layout,
				this.highlighted, this.frozen, this.mapPending ? this.map : null);
	}

	@Override
	protected void onAttach(AttachEvent attachEvent) {
		super.onAttach(attachEvent);
		// A newly attached element has nothing of the state in the browser yet
		this.graphPending = true;
		this.mapPending = this.map != null;
		scheduleSync();
	}

	@Override
	protected void onDetach(DetachEvent detachEvent) {
		if (this.pendingSync != null) {
			this.pendingSync.remove();
			this.pendingSync = null;
		}
		super.onDetach(detachEvent);
	}

	/**
	 * One sync per round trip, before the response: a second one in the same response
	 * would replace the first's document (and its graph) in the browser. Detached, the
	 * changes wait for onAttach.
	 */
	private void scheduleSync() {
		getUI().ifPresent(ui -> {
			if (this.pendingSync == null) {
				this.pendingSync = ui.beforeClientResponse(this, context -> {
					this.pendingSync = null;
					getElement().setPropertyJson("state", JSON.valueToTree(state()));
					this.graphPending = false;
					this.mapPending = false;
				});
			}
		});
	}

	void fit() {
		getElement().callJsFunction("fit");
	}

	void zoomBy(double factor) {
		getElement().callJsFunction("zoomBy", factor);
	}

	/**
	 * Centres and zooms the view on one node (the id goes to the browser as a parameter).
	 */
	void focus(String nodeId) {
		getElement().callJsFunction("focusNode", nodeId);
	}

	/** Asks the browser for the drawn positions and hidden labels. */
	void requestDrawnState(com.vaadin.flow.function.SerializableConsumer<DrawnState> receiver) {
		getElement().callJsFunction("drawnState")
			.then(String.class, json -> receiver.accept(JSON.readValue(json, DrawnState.class)));
	}

	public Registration addNodeClickListener(ComponentEventListener<NodeClickEvent> listener) {
		return addListener(NodeClickEvent.class, listener);
	}

	public Registration addEdgeClickListener(ComponentEventListener<EdgeClickEvent> listener) {
		return addListener(EdgeClickEvent.class, listener);
	}

	public Registration addBackgroundClickListener(ComponentEventListener<BackgroundClickEvent> listener) {
		return addListener(BackgroundClickEvent.class, listener);
	}

}
