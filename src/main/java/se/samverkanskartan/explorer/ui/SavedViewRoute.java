package se.samverkanskartan.explorer.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;

import se.samverkanskartan.exchange.SavedViews;
import se.samverkanskartan.shell.MainLayout;

/**
 * A saved view's own address, {@code /vy/<id>}: opens the explorer with the saved state
 * and the positions frozen.
 */
@Route(value = "vy/:id", layout = MainLayout.class)
@com.vaadin.flow.server.auth.AnonymousAllowed
public class SavedViewRoute extends Div implements BeforeEnterObserver {

	private final SavedViews savedViews;

	SavedViewRoute(SavedViews savedViews) {
		this.savedViews = savedViews;
	}

	@Override
	public void beforeEnter(BeforeEnterEvent event) {
		String id = event.getRouteParameters().get("id").orElse("");
		this.savedViews.find(id).ifPresentOrElse(view -> {
			var query = new java.util.LinkedHashMap<>(QueryParameters.fromString(view.query()).getParameters());
			query.put(ExplorerUrl.SAVED, java.util.List.of(view.id()));
			event.forwardTo(ExplorerView.class, new QueryParameters(query));
		}, () -> {
			setText(getTranslation("saved.unknown"));
			addClassName("page-body");
		});
	}

}
