package se.samverkanskartan.explorer.ui;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.DomEvent;
import com.vaadin.flow.component.EventData;

/** The user clicked a tie in the graph. */
@DomEvent("graph-edge-click")
public class EdgeClickEvent extends ComponentEvent<NetworkGraph> {

	private final String tieId;

	public EdgeClickEvent(NetworkGraph source, boolean fromClient, @EventData("event.detail.id") String tieId) {
		super(source, fromClient);
		this.tieId = tieId;
	}

	/** The clicked tie's id. */
	public String getTieId() {
		return this.tieId;
	}

}
