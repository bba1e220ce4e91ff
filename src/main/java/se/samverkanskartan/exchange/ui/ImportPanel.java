package se.samverkanskartan.exchange.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

import se.samverkanskartan.exchange.DatabaseDump;
import se.samverkanskartan.exchange.ImportProblem;
import se.samverkanskartan.exchange.ImportReport;

/**
 * The dry run's result: every problem with its place, or what will be created, updated
 * and left alone, and the button that applies it.
 */
class ImportPanel extends VerticalLayout {

	private final DatabaseDump dump;

	private final Paragraph summary = new Paragraph();

	private final Grid<ImportProblem> problems = new Grid<>();

	private final Button apply = new Button();

	private String file;

	private byte[] bytes;

	ImportPanel(DatabaseDump dump) {
		this.dump = dump;
		setPadding(false);
		addClassName("import-panel");
		this.summary.addClassName("import-summary");
		this.problems.addColumn(ImportProblem::file).setHeader(getTranslation("data.import.file")).setAutoWidth(true);
		this.problems.addColumn(ImportProblem::location)
			.setHeader(getTranslation("data.import.location"))
			.setAutoWidth(true);
		this.problems.addColumn(ImportProblem::message).setHeader(getTranslation("data.import.problem")).setFlexGrow(3);
		this.problems.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
		this.problems.setAllRowsVisible(true);
		this.problems.addClassName("import-problems");
		this.apply.setText(getTranslation("data.import.apply"));
		this.apply.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		this.apply.addClassName("import-apply");
		this.apply.addClickListener(event -> apply());
		add(this.summary, this.problems, this.apply);
		show(null);
	}

	/** Dry run of an uploaded file; nothing is written. */
	void check(String fileName, byte[] content) {
		this.file = fileName;
		this.bytes = content;
		show(this.dump.dryRun(fileName, content, getLocale()));
	}

	private void apply() {
		ImportReport report = this.dump.apply(this.file, this.bytes, getLocale());
		show(report);
		if (report.applied()) {
			this.bytes = null;
			Notification.show(getTranslation("data.import.done"), 5000, Notification.Position.BOTTOM_START)
				.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
		}
	}

	private void show(ImportReport report) {
		setVisible(report != null);
		if (report == null) {
			return;
		}
		this.problems.setVisible(!report.ok());
		this.problems.setItems(report.problems());
		this.apply.setVisible(report.ok() && !report.applied());
		this.summary.setText(!report.ok() ? getTranslation("data.import.refused", report.problems().size())
				: getTranslation(report.applied() ? "data.import.applied" : "data.import.plan", report.nodesCreated(),
						report.nodesUpdated(), report.nodesUnchanged(), report.relationshipsCreated(),
						report.relationshipsUpdated(), report.relationshipsUnchanged()));
	}

}
