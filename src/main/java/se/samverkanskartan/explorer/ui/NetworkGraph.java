package se.samverkanskartan.explorer.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;
import com.vaadin.flow.shared.Registration;
import tools.jackson.databind.node.BaseJsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Java side of {@code <network-graph>}, the Cytoscape.js graph view. */
@Tag("network-graph")
@JsModule("./components/network-graph.ts")
@NpmPackage(value = "cytoscape", version = "3.34.4")
@NpmPackage(value = "cytoscape-fcose", version = "2.2.0")
public class NetworkGraph extends Component implements HasSize {

	static final JsonMapper JSON = JsonMapper.builder().build();

	private GraphData graph = new GraphData(java.util.List.of(), java.util.List.of());

	/** Replaces the drawn graph; the browser lays it out anew. */
	void setGraph(GraphData graph) {
		this.graph = graph;
		BaseJsonNode json = JSON.valueToTree(graph);
		getElement().setPropertyJson("graph", json);
	}

	GraphData getGraph() {
		return this.graph;
	}

	/** Marks one node as selected, or none with {@code null}. */
	void setSelected(String nodeId) {
		if (nodeId == null) {
			getElement().removeProperty("selected");
		}
		else {
			getElement().setProperty("selected", nodeId);
		}
	}

	void fit() {
		getElement().callJsFunction("fit");
	}

	void zoomBy(double factor) {
		getElement().callJsFunction("zoomBy", factor);
	}

	/** Marks these nodes and ties (a path) and fades the rest; empty clears. */
	void setHighlighted(java.util.List<String> ids) {
		getElement().setPropertyJson("highlighted", JSON.valueToTree(ids));
	}

	/** One of fcose, geographic, concentric or grouped; switching animates. */
	void setLayout(String layout) {
		getElement().setProperty("layout", layout);
	}

	/**
	 * Centres and zooms the view on one node (the id goes to the browser as a parameter).
	 */
	void focus(String nodeId) {
		getElement().callJsFunction("focusNode", nodeId);
	}

	/**
	 * Places nodes at these positions (a saved view) instead of laying them out; null
	 * clears.
	 */
	void setFrozenPositions(java.util.Map<String, double[]> positions) {
		if (positions == null) {
			getElement().removeProperty("frozen");
		}
		else {
			getElement().setPropertyJson("frozen", JSON.valueToTree(positions));
		}
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
