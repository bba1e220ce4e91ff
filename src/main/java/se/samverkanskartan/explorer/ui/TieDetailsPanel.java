package se.samverkanskartan.explorer.ui;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

import se.samverkanskartan.editing.Change;
import se.samverkanskartan.editing.History;
import se.samverkanskartan.editing.TieEditing;
import se.samverkanskartan.network.EdgeKind;
import se.samverkanskartan.network.TieEvidence;
import se.samverkanskartan.network.Topic;

/** The side panel for a selected tie: both parties, topic, confidence and evidence. */
class TieDetailsPanel extends VerticalLayout {

	static final java.util.Set<String> EXTENTS = java.util.Set.of("stated", "some", "partial", "main");

	private final Consumer<String> onPartySelected;

	private final Runnable onClose;

	TieDetailsPanel(Consumer<String> onPartySelected, Runnable onClose) {
		this.onPartySelected = onPartySelected;
		this.onClose = onClose;
		addClassName("tie-details");
		PanelStyle.apply(this);
		setVisible(false);
	}

	/**
	 * Shows the tie, or warns that there is no tie with that id (e.g. from an old link).
	 */
	void show(java.util.Optional<TieEvidence> tie, String tieId, Locale locale) {
		tie.ifPresentOrElse(found -> show(found, locale), () -> {
			setVisible(false);
			Warnings.warn(getTranslation("explorer.unknown-tie", tieId));
		});
	}

	void show(TieEvidence tie, Locale locale) {
		removeAll();
		var title = new H2(getTranslation("tie.kind." + tie.kind().name()));
		title.getStyle().set("font-size", "var(--lumo-font-size-xl)").set("margin", "0");
		add(PanelStyle.closeButton(getTranslation("panel.close"), this.onClose), title,
				party(tie.fromId(), tie.fromName()), party(tie.toId(), tie.toName()));
		if (tie.topic() != null) {
			add(new Paragraph(getTranslation("tie.topic", tie.topic().name(locale))));
		}
		if (this.confirmations != null && tie.kind() == EdgeKind.COOPERATES_WITH) {
			var state = this.confirmations.get()
				.get(se.samverkanskartan.review.TieConfirmations.pair(tie.fromId(), tie.toId()));
			if (state != null) {
				var view = new Paragraph(getTranslation("tie.confirmation", getTranslation(state.messageKey())));
				view.addClassName("tie-confirmation");
				add(view);
			}
		}
		if (tie.confidence() != null) {
			var confidence = new Span(getTranslation("confidence." + tie.confidence()));
			confidence.getElement().getThemeList().add("badge");
			add(confidence);
		}
		if (tie.since() != null || tie.until() != null) {
			add(new Paragraph(getTranslation("tie.period", (tie.since() == null) ? "?" : tie.since().toString(),
					(tie.until() == null) ? getTranslation("tie.ongoing") : tie.until().toString())));
		}
		if (tie.extent() != null) {
			// The dataset's codes have words; free text (a group's extent) is shown as
			// written
			String extent = EXTENTS.contains(tie.extent()) ? getTranslation("tie.extent." + tie.extent())
					: tie.extent();
			add(new Paragraph(getTranslation("tie.extent", extent)));
		}
		if (tie.quote() != null) {
			add(new EvidenceText(tie.source(), tie.section(), tie.quote()),
					SourcesView.linkToTie(getTranslation("tie.open-sources"), tie.tieId()));
		}
		else if (tie.source() != null) {
			add(new Paragraph(getTranslation("tie.source", tie.source())));
		}
		if (this.editing != null && EDITABLE.contains(tie.kind())) {
			addEditing(tie.tieId());
		}
		if (this.onFlag != null && (tie.kind() == EdgeKind.COOPERATES_WITH || tie.kind() == EdgeKind.MEMBER_OF)) {
			var flag = new Button(getTranslation("flag.open"), VaadinIcon.FLAG_O.create(),
					event -> this.onFlag.accept(tie.tieId(), tie.fromName() + " – " + tie.toName()));
			flag.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
			flag.addClassName("tie-flag");
			add(flag);
		}
		setVisible(true);
	}

	/**
	 * Cooperation ties are edited whole; memberships and district ties for their period.
	 */
	private static final java.util.Set<EdgeKind> EDITABLE = java.util.EnumSet.of(EdgeKind.COOPERATES_WITH,
			EdgeKind.MEMBER_OF, EdgeKind.PART_OF, EdgeKind.CONVENES);

	private TieEditing editing;

	private History history;

	private boolean canEdit;

	private java.util.function.Supplier<List<Topic>> topics;

	private Runnable onChanged;

	private java.util.function.BiConsumer<String, String> onFlag;

	private java.util.function.Supplier<java.util.Map<String, se.samverkanskartan.review.Confirmation>> confirmations;

	/** Both sides' view of the pair in the latest survey round, shown with the tie. */
	void showConfirmations(
			java.util.function.Supplier<java.util.Map<String, se.samverkanskartan.review.Confirmation>> current) {
		this.confirmations = current;
	}

	/**
	 * For logged-in readers: "Rapportera fel" (the tie's id and its two parties' names).
	 */
	void enableFlagging(java.util.function.BiConsumer<String, String> flag) {
		this.onFlag = flag;
	}

	/** Shows the tie's history, and for editors an edit button. */
	void enableEditing(TieEditing tieEditing, History changes, boolean editor,
			java.util.function.Supplier<List<Topic>> allTopics, Runnable changed) {
		this.editing = tieEditing;
		this.history = changes;
		this.canEdit = editor;
		this.topics = allTopics;
		this.onChanged = changed;
	}

	private void addEditing(String tieId) {
		if (this.canEdit) {
			this.editing.load(tieId).ifPresent(form -> {
				var edit = new Button(getTranslation("edit.open"), VaadinIcon.EDIT.create(),
						event -> new TieEditDialog(this.editing, form, this.topics.get(), List.of(), this.onChanged)
							.open());
				edit.addClassName("tie-edit");
				add(edit);
			});
		}
		List<Change> changes = this.history.ofSubject(tieId, 5);
		if (!changes.isEmpty()) {
			var history = new Div();
			history.addClassName("tie-history");
			history.add(new Paragraph(getTranslation("history.title")));
			var format = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withLocale(getLocale());
			changes.forEach(change -> history.add(new Div(change.at().format(format) + " · " + change.by() + " · "
					+ getTranslation("history.kind." + change.kind()))));
			var all = new com.vaadin.flow.component.html.Anchor(
					"historik?subject=" + java.net.URLEncoder.encode(tieId, java.nio.charset.StandardCharsets.UTF_8),
					getTranslation("history.show-all-of-tie"));
			all.addClassName("tie-history-all");
			history.add(all);
			add(history);
		}
	}

	private Button party(String id, String name) {
		var link = new Button(name, event -> this.onPartySelected.accept(id));
		link.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
		return link;
	}

}
