package se.samverkanskartan.analysis.ui;

import java.text.NumberFormat;
import java.util.Locale;
import java.util.stream.Collectors;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;

import se.samverkanskartan.analysis.AnalysisService;
import se.samverkanskartan.analysis.ClusterColors;
import se.samverkanskartan.analysis.Clusters;
import se.samverkanskartan.network.GraphNode;

/** One card per cluster: colour, name (renamable), members, stability, what names it. */
class ClusterList extends Div {

	/** Members below this stability are marked as moving between clusters. */
	private static final double UNSTABLE = 0.7;

	private final AnalysisService analysis;

	private final Runnable onRenamed;

	private final boolean canRename;

	ClusterList(AnalysisService analysis, Runnable onRenamed, boolean canRename) {
		this.analysis = analysis;
		this.canRename = canRename;
		this.onRenamed = onRenamed;
		addClassName("cluster-list");
		getStyle().set("display", "grid")
			.set("grid-template-columns", "repeat(auto-fill, minmax(20rem, 1fr))")
			.set("gap", "var(--lumo-space-m)")
			.set("width", "100%");
	}

	void show(Clusters clusters, Locale locale) {
		removeAll();
		clusters.clusters().forEach(cluster -> add(card(cluster, clusters, locale)));
	}

	private Div card(Clusters.Cluster cluster, Clusters clusters, Locale locale) {
		NumberFormat percent = NumberFormat.getPercentInstance(locale);
		var swatch = new Span();
		swatch.addClassName("legend-swatch");
		swatch.getStyle().set("background-color", ClusterColors.of(cluster));
		var name = new H3(this.analysis.displayName(cluster, locale));
		name.getStyle().set("font-size", "var(--lumo-font-size-m)").set("margin", "0");
		var rename = new Button(VaadinIcon.PENCIL.create());
		rename.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ICON);
		rename.setAriaLabel(getTranslation("cluster.rename"));
		rename.setTooltipText(getTranslation("cluster.rename"));
		var header = new HorizontalLayout(swatch, name, rename);
		header.setAlignItems(Alignment.CENTER);
		header.setSpacing(false);
		header.getStyle().set("gap", "var(--lumo-space-xs)");
		rename.addClickListener(event -> header.replace(name, renameField(cluster, name.getText())));
		rename.setVisible(this.canRename);
		var facts = new Paragraph(getTranslation("cluster.facts", cluster.members().size(),
				percent.format(cluster.stability()), cluster.centralMember().name()));
		facts.getStyle().set("margin", "var(--lumo-space-xs) 0").set("color", "var(--lumo-secondary-text-color)");
		var members = new Paragraph(
				cluster.members().stream().map(member -> label(member, clusters)).collect(Collectors.joining(", ")));
		members.getStyle().set("margin", "0").set("font-size", "var(--lumo-font-size-s)");
		var card = new Div(header, facts, members);
		card.addClassName("cluster-card");
		card.getStyle()
			.set("border", "1px solid var(--lumo-contrast-10pct)")
			.set("border-left", "6px solid " + ClusterColors.of(cluster))
			.set("border-radius", "var(--lumo-border-radius-m)")
			.set("padding", "var(--lumo-space-s) var(--lumo-space-m)");
		return card;
	}

	private String label(GraphNode member, Clusters clusters) {
		return clusters.stabilityOf().getOrDefault(member.id(), 1.0) < UNSTABLE
				? getTranslation("cluster.unstable-member", member.name()) : member.name();
	}

	/** Enter saves, Escape cancels; an empty name brings the automatic one back. */
	private TextField renameField(Clusters.Cluster cluster, String current) {
		var field = new TextField();
		field.setValue(cluster.customName() != null ? cluster.customName() : current);
		field.setMaxLength(AnalysisService.MAX_NAME_LENGTH);
		field.setAriaLabel(getTranslation("cluster.rename"));
		field.setHelperText(getTranslation("cluster.rename-help"));
		field.addClassName("cluster-rename");
		field.addKeyPressListener(Key.ENTER, event -> {
			this.analysis.rename(cluster.signature(), field.getValue());
			this.onRenamed.run();
		});
		field.addKeyPressListener(Key.ESCAPE, event -> this.onRenamed.run());
		field.focus();
		return field;
	}

}
