package se.samverkanskartan.explorer.ui;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.DomEvent;

/** The user clicked the graph's empty background. */
@DomEvent("graph-background-click")
public class BackgroundClickEvent extends ComponentEvent<NetworkGraph> {

	public BackgroundClickEvent(NetworkGraph source, boolean fromClient) {
		super(source, fromClient);
	}

}
