package se.samverkanskartan.shell;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;

/**
 * Java side of {@code <database-status>}: a banner while the database or the server does
 * not answer. The browser asks the health endpoint itself, every {@code checkSeconds}.
 */
@Tag("database-status")
@JsModule("./components/database-status.ts")
class DatabaseStatusBanner extends Component {

	/** The database's own health indicator, relative to the app's base URL. */
	static final String HEALTH_URL = "actuator/health/neo4j";

	DatabaseStatusBanner(int checkSeconds) {
		getElement().setAttribute("health-url", HEALTH_URL);
		getElement().setAttribute("interval-ms", String.valueOf(checkSeconds * 1000L));
		getElement().setAttribute("database-down-text", getTranslation("status.database-down"));
		getElement().setAttribute("server-unreachable-text", getTranslation("status.server-unreachable"));
	}

}
