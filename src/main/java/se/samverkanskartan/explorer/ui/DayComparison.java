package se.samverkanskartan.explorer.ui;

import java.time.LocalDate;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.notification.Notification;

import se.samverkanskartan.network.GraphComparison;
import se.samverkanskartan.network.GraphFilter;
import se.samverkanskartan.network.GraphSlice;
import se.samverkanskartan.network.InvalidParameterException;
import se.samverkanskartan.network.NetworkService;

/**
 * The shown network against an earlier day (the URL's compare date): both days' ties are
 * drawn, those added and ended marked.
 */
final class DayComparison {

	private final NetworkService network;

	/** The view, for its translations. */
	private final Component view;

	private static final java.time.ZoneId STOCKHOLM = java.time.ZoneId.of("Europe/Stockholm");

	private GraphComparison current;

	DayComparison(NetworkService network, Component view) {
		this.network = network;
		this.view = view;
	}

	/**
	 * The network to draw: both days' ties when comparing, else the filtered network. A
	 * day the comparison cannot use is warned about and left out.
	 */
	GraphSlice slice(GraphFilter filter, LocalDate day) {
		this.current = null;
		if (day != null) {
			try {
				this.current = this.network.compare(filter, day);
				Notification.show(
						this.view.getTranslation("compare.legend", this.current.from(), this.current.to(),
								this.current.added().size(), this.current.ended().size()),
						6000, Notification.Position.BOTTOM_CENTER);
			}
			catch (InvalidParameterException ex) {
				Warnings.warn(this.view.getTranslation("explorer.bad-compare"));
			}
		}
		return (this.current != null) ? this.current.union() : this.network.graph(todayUnlessDated(filter));
	}

	/**
	 * The explorer shows today's network unless a day is asked for: organisations that no
	 * longer exist (districts merged away) and ties that have ended stay out of it.
	 */
	static GraphFilter todayUnlessDated(GraphFilter filter) {
		return (filter.asOf() != null) ? filter : filter.on(LocalDate.now(STOCKHOLM));
	}

	/** The overlay with the added and ended ties marked when comparing. */
	GraphOverlay marked(GraphOverlay overlay) {
		return (this.current != null) ? overlay.withChanges(this.current) : overlay;
	}

}
