package se.samverkanskartan.review.ui;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;

import se.samverkanskartan.review.Flag;
import se.samverkanskartan.review.Flags;

/**
 * The readers' reports of what is wrong in the map, each with who flagged it and when, to
 * accept (a tie that has ended ends today) or reject.
 */
class FlagList extends Div {

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

	private final Flags flags;

	private final Consumer<BooleanSupplier> decide;

	/**
	 * @param decide runs a decision and shows the page anew
	 */
	FlagList(Flags flags, Consumer<BooleanSupplier> decide) {
		this.flags = flags;
		this.decide = decide;
		addClassName("review-flags");
	}

	void show() {
		removeAll();
		var open = this.flags.open();
		if (open.isEmpty()) {
			return;
		}
		add(new H3(getTranslation("review.flags", open.size())));
		for (Flag flag : open) {
			var row = new Div();
			row.addClassName("flag");
			var what = new Span(flag.summary());
			what.addClassName("proposal-what");
			var reason = new Span(getTranslation("flag.reason." + flag.reason()));
			reason.addClassNames("proposal-kind", "kind-ended");
			row.add(reason, what);
			if (flag.text() != null) {
				row.add(new Div("”" + flag.text() + "”"));
			}
			row.add(new Div(getTranslation("review.flagged-by", flag.by(),
					TIME.format(flag.at().withZoneSameInstant(ZoneId.of("Europe/Stockholm"))))));
			var accept = new Button(getTranslation("review.accept"),
					click -> this.decide.accept(() -> this.flags.accept(flag.id())));
			accept.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
			accept.addClassName("flag-accept");
			var reject = new Button(getTranslation("review.reject"),
					click -> this.decide.accept(() -> this.flags.reject(flag.id())));
			reject.addThemeVariants(ButtonVariant.LUMO_SMALL);
			reject.addClassName("flag-reject");
			var actions = new Div(accept, reject);
			actions.addClassName("proposal-actions");
			row.add(actions);
			add(row);
		}
	}

}
