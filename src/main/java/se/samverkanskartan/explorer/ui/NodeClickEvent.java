package se.samverkanskartan.explorer.ui;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.DomEvent;
import com.vaadin.flow.component.EventData;

/** The user clicked a node in the graph. */
@DomEvent("graph-node-click")
public class NodeClickEvent extends ComponentEvent<NetworkGraph> {

	private final String nodeId;

	public NodeClickEvent(NetworkGraph source, boolean fromClient, @EventData("event.detail.id") String nodeId) {
		super(source, fromClient);
		this.nodeId = nodeId;
	}

	/** The clicked node's id, e.g. {@code municipality:0180}. */
	public String getNodeId() {
		return this.nodeId;
	}

}
