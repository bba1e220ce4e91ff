package se.samverkanskartan.exchange.ui;

import java.util.Locale;
import java.util.concurrent.CompletableFuture;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;

import se.samverkanskartan.accounts.CurrentUser;
import se.samverkanskartan.exchange.DatabaseDump;
import se.samverkanskartan.exchange.ImportProblem;
import se.samverkanskartan.exchange.ImportReport;
import se.samverkanskartan.exchange.TableImport;

/**
 * The dry run's result: every problem with its place, near name matches to confirm, or
 * what will be created, updated and left alone, and the button that applies it. The work
 * runs in the background with a progress bar, so the page stays responsive.
 */
class ImportPanel extends VerticalLayout {

	private static final int POLL_MILLIS = 300;

	private final DatabaseDump dump;

	private final TableImport tables;

	private final Paragraph summary = new Paragraph();

	private final ProgressBar progress = new ProgressBar();

	private final Grid<ImportProblem> problems = new Grid<>();

	private final Checkbox confirmMatches = new Checkbox();

	private final Button apply = new Button();

	private final ImportPlanList plan = new ImportPlanList();

	private String file;

	private byte[] bytes;

	private final CurrentUser user;

	private final boolean restore;

	/**
	 * @param restore whether the panel restores the whole database from a backup (for
	 * administrators, asked twice) instead of importing into it
	 */
	ImportPanel(DatabaseDump dump, TableImport tables, CurrentUser user, boolean restore) {
		this.dump = dump;
		this.user = user;
		this.tables = tables;
		this.restore = restore;
		setPadding(false);
		addClassName("import-panel");
		this.summary.addClassName("import-summary");
		this.progress.setIndeterminate(true);
		this.progress.setVisible(false);
		this.problems.addColumn(ImportProblem::file).setHeader(getTranslation("data.import.file")).setAutoWidth(true);
		this.problems.addColumn(ImportProblem::location)
			.setHeader(getTranslation("data.import.location"))
			.setAutoWidth(true);
		this.problems.addColumn(ImportProblem::message).setHeader(getTranslation("data.import.problem")).setFlexGrow(3);
		this.problems.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
		this.problems.setAllRowsVisible(true);
		this.problems.addClassName("import-problems");
		this.confirmMatches.setLabel(getTranslation("data.import.confirm-matches"));
		this.confirmMatches.addClassName("import-confirm");
		this.confirmMatches.addValueChangeListener(event -> {
			if (event.isFromClient()) {
				run(false);
			}
		});
		this.apply.setText(getTranslation(restore ? "data.restore.apply" : "data.import.apply"));
		this.apply.addThemeVariants(restore ? ButtonVariant.LUMO_ERROR : ButtonVariant.LUMO_PRIMARY);
		this.apply.addClassName(restore ? "restore-apply" : "import-apply");
		this.apply.addClickListener(event -> {
			if (restore) {
				RestoreConfirmation.ask(() -> run(true));
			}
			else {
				run(true);
			}
		});
		add(this.progress, this.summary, this.confirmMatches, this.problems, this.plan, this.apply);
		setVisible(false);
	}

	/** Dry run of an uploaded file; nothing is written. */
	void check(String fileName, byte[] content) {
		this.file = fileName;
		this.bytes = content;
		this.confirmMatches.setValue(false);
		run(false);
	}

	private void run(boolean write) {
		UI ui = UI.getCurrent();
		Locale locale = getLocale();
		String name = this.file;
		byte[] content = this.bytes;
		boolean confirm = this.confirmMatches.getValue();
		setVisible(true);
		this.progress.setVisible(true);
		this.apply.setEnabled(false);
		this.summary.setText(getTranslation(write ? "data.import.applying" : "data.import.checking"));
		ui.setPollInterval(POLL_MILLIS);
		// The user's login goes along to the worker thread: writing checks the role there
		CompletableFuture.supplyAsync(() -> importer(name, content, write, confirm, locale), this.user.withLogin())
			.whenComplete((report, failure) -> ui.access(() -> {
				ui.setPollInterval(-1);
				this.progress.setVisible(false);
				this.apply.setEnabled(true);
				if (failure != null) {
					this.summary.setText(getTranslation("data.import.failed", failure.getMessage()));
					return;
				}
				show(report);
				if (report.applied()) {
					this.bytes = null;
					Notification.show(getTranslation("data.import.done"), 5000, Notification.Position.BOTTOM_START)
						.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
				}
			}));
	}

	private ImportReport importer(String name, byte[] content, boolean write, boolean confirm, Locale locale) {
		if (this.restore) {
			return write ? this.dump.restore(name, content, locale) : this.dump.restoreDryRun(name, content, locale);
		}
		if (name.toLowerCase(Locale.ROOT).endsWith(".json")) {
			return write ? this.dump.apply(name, content, locale) : this.dump.dryRun(name, content, locale);
		}
		return write ? this.tables.apply(name, content, confirm, locale)
				: this.tables.dryRun(name, content, confirm, locale);
	}

	private void show(ImportReport report) {
		this.confirmMatches.setVisible(!report.matches().isEmpty() && !report.applied());
		this.problems.setVisible(!report.ok() || (!report.matches().isEmpty() && !report.applied()));
		this.problems.setItems(report.ok() ? report.matches() : report.problems());
		this.apply.setVisible(report.ok() && !report.applied());
		// Before writing: each organisation and tie with what will happen to it
		this.plan.setVisible(report.ok() && !report.applied() && !report.changes().isEmpty());
		this.plan.show(report.changes());
		this.summary.setText(!report.ok() ? getTranslation("data.import.refused", report.problems().size())
				: getTranslation(
						(report.applied() ? "data.import.applied" : "data.import.plan")
								+ (this.restore ? ".restore" : ""),
						report.nodesCreated(), report.nodesUpdated(), report.nodesUnchanged(),
						report.relationshipsCreated(), report.relationshipsUpdated(), report.relationshipsUnchanged()));
	}

}
