package se.samverkanskartan.explorer.ui;

import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;

/** Layout and ego-network choices, and zoom buttons, over the graph. */
class ViewControls extends HorizontalLayout {

	private final Select<String> layout = new Select<>();

	private final Select<Integer> ego = new Select<>();

	private final Select<Boolean> table = new Select<>();

	private final Select<Boolean> clusters = new Select<>();

	private final Checkbox suggest = new Checkbox();

	/** Shading of the map's municipalities; shown with the geographic layout only. */
	private final Checkbox shade = new Checkbox();

	/**
	 * What the user chose: layout, ego steps, whether to show the table, colour by
	 * cluster, whether to draw suggested ties and whether to shade the map.
	 */
	record Choice(String layout, int ego, boolean table, boolean clusters, boolean suggest, boolean shade) {

	}

	private boolean showing;

	private Button save;

	/** For editors: a button that creates an organisation. */
	void allowNewOrganisation(Runnable onNew) {
		var create = new Button(getTranslation("org.new"), VaadinIcon.PLUS.create(), event -> onNew.run());
		create.addClassName("org-new");
		add(create);
	}

	/** Saving a view is for editors. */
	void allowSaving(boolean allowed) {
		this.save.setVisible(allowed);
	}

	ViewControls(NetworkGraph graph, java.util.function.Consumer<Choice> onChange, Runnable onExport, Runnable onSave) {
		addClassName("view-controls");
		setAlignItems(Alignment.CENTER);
		setSpacing(false);
		getStyle().set("gap", "var(--lumo-space-xs)");
		this.layout.setItems(ExplorerUrl.LAYOUTS);
		this.layout.setItemLabelGenerator(name -> getTranslation("layout." + name));
		this.layout.setAriaLabel(getTranslation("layout.label"));
		this.layout.setTooltipText(getTranslation("layout.help"));
		this.layout.setWidth("11rem");
		this.layout.addClassName("layout-select");
		// Negative steps: the same ego network, with the rest dimmed instead of hidden
		this.ego.setItems(List.of(0, 1, 2, 3, -1, -2, -3));
		this.ego.setItemLabelGenerator(steps -> (steps == 0) ? getTranslation("ego.off")
				: getTranslation(steps > 0 ? "ego.steps" : "ego.steps-dimmed", Math.abs(steps)));
		this.ego.setAriaLabel(getTranslation("ego.label"));
		this.ego.setTooltipText(getTranslation("help.term.ego-natverk.text"));
		this.ego.setWidth("12rem");
		this.ego.addClassName("ego-select");
		this.table.setItems(false, true);
		this.table.setItemLabelGenerator(showTable -> getTranslation(showTable ? "view.table" : "view.graph"));
		this.table.setAriaLabel(getTranslation("view.label"));
		this.table.setTooltipText(getTranslation("view.help"));
		this.table.setWidth("8rem");
		this.table.addClassName("view-switch");
		this.table.addValueChangeListener(event -> fire(onChange));
		this.layout.addValueChangeListener(event -> fire(onChange));
		this.ego.addValueChangeListener(event -> fire(onChange));
		this.clusters.setItems(false, true);
		this.clusters.setItemLabelGenerator(byCluster -> getTranslation(byCluster ? "colour.cluster" : "colour.kind"));
		this.clusters.setAriaLabel(getTranslation("colour.label"));
		this.clusters.setTooltipText(getTranslation("colour.help"));
		this.clusters.setWidth("10rem");
		this.clusters.addClassName("colour-select");
		this.clusters.addValueChangeListener(event -> fire(onChange));
		this.suggest.setLabel(getTranslation("suggest.toggle"));
		this.suggest.setTooltipText(getTranslation("suggest.toggle-help"));
		this.suggest.addClassName("suggest-toggle");
		this.suggest.addValueChangeListener(event -> fire(onChange));
		this.shade.setLabel(getTranslation("map.shade"));
		this.shade.setTooltipText(getTranslation("map.shade-help"));
		this.shade.addClassName("shade-toggle");
		this.shade.addValueChangeListener(event -> fire(onChange));
		add(this.table, this.layout, this.ego, this.clusters, this.suggest, this.shade,
				button(VaadinIcon.PLUS, "zoom.in", () -> graph.zoomBy(1.25)),
				button(VaadinIcon.MINUS, "zoom.out", () -> graph.zoomBy(0.8)),
				button(VaadinIcon.EXPAND_SQUARE, "zoom.fit", graph::fit));
		var export = new Button(getTranslation("export.open"), VaadinIcon.DOWNLOAD.create(), event -> onExport.run());
		export.addClassName("export-open");
		this.save = new Button(getTranslation("saved.open-dialog"), VaadinIcon.BOOKMARK.create(),
				event -> onSave.run());
		this.save.addClassName("save-view");
		add(export, this.save);
	}

	void show(ViewChoices choices) {
		this.showing = true;
		this.clusters.setValue(choices.clusters());
		this.suggest.setValue(choices.suggest());
		this.table.setValue(choices.table());
		this.layout.setValue(choices.layout());
		this.ego.setValue(choices.ego());
		this.shade.setValue(choices.shade());
		this.shade.setVisible("geographic".equals(choices.layout()));
		this.showing = false;
	}

	private void fire(java.util.function.Consumer<Choice> onChange) {
		if (!this.showing && this.layout.getValue() != null && this.ego.getValue() != null) {
			onChange.accept(new Choice(this.layout.getValue(), this.ego.getValue(),
					Boolean.TRUE.equals(this.table.getValue()), Boolean.TRUE.equals(this.clusters.getValue()),
					this.suggest.getValue(), this.shade.getValue()));
		}
	}

	private Button button(VaadinIcon icon, String labelKey, Runnable action) {
		var button = new Button(icon.create(), event -> action.run());
		button.addThemeVariants(ButtonVariant.LUMO_ICON, ButtonVariant.LUMO_CONTRAST);
		button.setAriaLabel(getTranslation(labelKey));
		button.setTooltipText(getTranslation(labelKey));
		return button;
	}

}
