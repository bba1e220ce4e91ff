package se.samverkanskartan.exchange.ui;

import java.io.ByteArrayInputStream;
import java.util.List;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;

import se.samverkanskartan.exchange.ImportReport.Outcome;
import se.samverkanskartan.exchange.ImportReport.PlannedChange;
import se.samverkanskartan.infrastructure.TableFiles;

/**
 * The dry run's list: each organisation and tie of the file with what the import will do
 * to it, filtered by outcome, and the list as CSV.
 */
class ImportPlanList extends VerticalLayout {

	private final Grid<PlannedChange> grid = new Grid<>();

	private final Select<Outcome> filter = new Select<>();

	private List<PlannedChange> changes = List.of();

	ImportPlanList() {
		setPadding(false);
		addClassName("import-plan");
		this.grid.addColumn(change -> getTranslation(change.tie() ? "data.plan.tie" : "data.plan.organisation"))
			.setHeader(getTranslation("data.plan.what"))
			.setWidth("9rem")
			.setFlexGrow(0);
		this.grid.addColumn(PlannedChange::description)
			.setHeader(getTranslation("data.plan.description"))
			.setFlexGrow(1);
		this.grid.addColumn(change -> outcome(change.outcome()))
			.setHeader(getTranslation("data.plan.outcome"))
			.setWidth("9rem")
			.setFlexGrow(0);
		this.grid.addThemeVariants(GridVariant.LUMO_COMPACT);
		this.grid.setHeight("20rem");
		this.grid.addClassName("import-plan-grid");
		this.filter.setLabel(getTranslation("data.plan.filter"));
		this.filter.setItems(Outcome.values());
		// The empty choice (all) is labelled with null
		this.filter
			.setItemLabelGenerator(choice -> (choice == null) ? getTranslation("data.plan.all") : outcome(choice));
		this.filter.setEmptySelectionAllowed(true);
		this.filter.setEmptySelectionCaption(getTranslation("data.plan.all"));
		this.filter.addClassName("import-plan-filter");
		this.filter.addValueChangeListener(event -> show());
		var download = new Anchor(DownloadHandler.fromInputStream(event -> {
			byte[] csv = TableFiles.csv(
					List.of(getTranslation("data.plan.what"), getTranslation("data.plan.description"),
							getTranslation("data.plan.outcome")),
					shown().stream()
						.map(change -> List.of(
								getTranslation(change.tie() ? "data.plan.tie" : "data.plan.organisation"),
								change.description(), outcome(change.outcome())))
						.toList());
			return new DownloadResponse(new ByteArrayInputStream(csv), getTranslation("data.plan.file") + ".csv",
					"text/csv", csv.length);
		}), getTranslation("data.plan.download"));
		download.addClassName("import-plan-download");
		var controls = new HorizontalLayout(this.filter, download);
		controls.setAlignItems(Alignment.BASELINE);
		add(controls, this.grid);
	}

	void show(List<PlannedChange> planned) {
		this.changes = planned;
		show();
	}

	private void show() {
		this.grid.setItems(shown());
	}

	private List<PlannedChange> shown() {
		Outcome wanted = this.filter.getValue();
		return this.changes.stream().filter(change -> wanted == null || change.outcome() == wanted).toList();
	}

	private String outcome(Outcome outcome) {
		return getTranslation("data.plan." + outcome.name().toLowerCase(java.util.Locale.ROOT));
	}

}
