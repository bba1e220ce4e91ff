package se.samverkanskartan.explorer.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.spring.annotation.SpringComponent;
import com.vaadin.flow.spring.annotation.UIScope;

import se.samverkanskartan.analysis.ClusterRequest;
import se.samverkanskartan.exchange.SavedViews;
import se.samverkanskartan.exchange.SnapshotRenderer;
import se.samverkanskartan.network.InvalidParameterException;

/** The explorer's export and save-view actions. */
@SpringComponent
@UIScope
class ViewActions {

	private final SnapshotRenderer renderer;

	private final SavedViews savedViews;

	ViewActions(SnapshotRenderer renderer, SavedViews savedViews) {
		this.renderer = renderer;
		this.savedViews = savedViews;
	}

	void export(GraphCanvas canvas, String filterLine, boolean clusters) {
		String provenance = canvas.getTranslation("export.provenance") + (clusters ? " · "
				+ canvas.getTranslation("export.provenance-clusters", String.valueOf(ClusterRequest.DEFAULT_SEED))
				: "");
		new ExportDialog(this.renderer, canvas, canvas.getTranslation("export.default-title"), filterLine, provenance)
			.open();
	}

	/** Asks for a name, then stores the view with the positions as drawn now. */
	void save(GraphCanvas canvas, QueryParameters query) {
		new SaveViewDialog((name, description) -> canvas.graph().requestDrawnState(drawn -> {
			try {
				String id = this.savedViews.save(name, description, query.getQueryString(), drawn.positions());
				var link = new Anchor("vy/" + id, canvas.getTranslation("saved.open"));
				var notification = new Notification(new Span(canvas.getTranslation("saved.done", name) + " "), link);
				notification.setDuration(8000);
				notification.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
				notification.open();
			}
			catch (InvalidParameterException ex) {
				Notification.show(ex.getMessage(), 8000, Notification.Position.BOTTOM_CENTER)
					.addThemeVariants(NotificationVariant.LUMO_ERROR);
			}
		})).open();
	}

}
