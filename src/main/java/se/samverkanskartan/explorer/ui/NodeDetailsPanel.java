package se.samverkanskartan.explorer.ui;

import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

import se.samverkanskartan.network.OrganisationDetails;
import se.samverkanskartan.network.OrganisationDetails.Facts;
import se.samverkanskartan.network.OrganisationDetails.Partner;
import se.samverkanskartan.network.OrganisationDetails.TopicCooperation;

/** The side panel for a selected organisation: kind, facts, ties by topic and forums. */
class NodeDetailsPanel extends VerticalLayout {

	private final Consumer<String> onPartnerSelected;

	private final Runnable onClose;

	NodeDetailsPanel(Consumer<String> onPartnerSelected, Runnable onClose) {
		this.onPartnerSelected = onPartnerSelected;
		this.onClose = onClose;
		addClassName("node-details");
		PanelStyle.apply(this);
		setVisible(false);
	}

	private Consumer<String> onNewTie;

	private String shownName = "";

	private Consumer<String> onEditOrganisation;

	private java.util.function.BiConsumer<String, String> onFlag;

	/** For logged-in readers: "Rapportera fel" (the id and the name to flag). */
	void enableFlagging(java.util.function.BiConsumer<String, String> flag) {
		this.onFlag = flag;
	}

	/** For editors: buttons that start a new tie from the organisation and edit it. */
	void enableEditing(Consumer<String> newTie, Consumer<String> editOrganisation) {
		this.onNewTie = newTie;
		this.onEditOrganisation = editOrganisation;
	}

	void show(OrganisationDetails details, Locale locale) {
		removeAll();
		this.shownName = details.node().name();
		var name = new H2(details.node().name());
		name.getStyle().set("font-size", "var(--lumo-font-size-xl)").set("margin", "0");
		var kind = new Span(getTranslation("kind." + details.node().kind().slug()));
		kind.getElement().getThemeList().add("badge");
		kind.getStyle().set("margin-bottom", "var(--lumo-space-s)");
		add(PanelStyle.closeButton(getTranslation("panel.close"), this.onClose), name, kind);
		if (this.onNewTie != null && details.node().kind() != se.samverkanskartan.network.NodeKind.FORUM) {
			var newTie = new com.vaadin.flow.component.button.Button(getTranslation("edit.new"),
					com.vaadin.flow.component.icon.VaadinIcon.PLUS.create(),
					event -> this.onNewTie.accept(details.node().id()));
			newTie.addClassName("tie-new");
			add(newTie);
		}
		if (this.onEditOrganisation != null) {
			var edit = new com.vaadin.flow.component.button.Button(getTranslation("org.edit"),
					com.vaadin.flow.component.icon.VaadinIcon.EDIT.create(),
					event -> this.onEditOrganisation.accept(details.node().id()));
			edit.addClassName("org-edit");
			add(edit);
		}
		addFacts(details.facts(), locale);
		if (details.facts().quote() != null) {
			add(new EvidenceText(null, details.facts().section(), details.facts().quote()));
		}
		addCooperation(details.cooperation(), locale);
		addPartners("panel.forums", details.forums());
		addPartners("panel.members", details.members());
		if (!details.needs().isEmpty()) {
			add(section(getTranslation("panel.needs")));
			details.needs()
				.forEach(need -> add(new Paragraph(need.topic().name(locale)),
						new EvidenceText(null, null, need.quote())));
		}
		var page = new com.vaadin.flow.component.html.Anchor(OrganisationPageView.path(details.node().id()),
				getTranslation("panel.page"));
		page.addClassName("organisation-page-link");
		page.getElement().setAttribute("router-link", true);
		add(page);
		var history = new com.vaadin.flow.component.html.Anchor(
				"historik?organisation="
						+ java.net.URLEncoder.encode(details.node().id(), java.nio.charset.StandardCharsets.UTF_8),
				getTranslation("panel.history"));
		history.addClassName("organisation-history");
		add(history);
		if (this.onFlag != null) {
			var flag = new com.vaadin.flow.component.button.Button(getTranslation("flag.open"),
					com.vaadin.flow.component.icon.VaadinIcon.FLAG_O.create(),
					event -> this.onFlag.accept(details.node().id(), details.node().name()));
			flag.addThemeVariants(com.vaadin.flow.component.button.ButtonVariant.LUMO_TERTIARY);
			flag.addClassName("organisation-flag");
			add(flag);
		}
		setVisible(true);
	}

	private void addFacts(Facts facts, Locale locale) {
		FactLines.of(this, facts, locale).forEach(line -> add(fact(line)));
	}

	private void addCooperation(List<TopicCooperation> cooperation, Locale locale) {
		add(section(getTranslation("panel.cooperation")));
		if (cooperation.isEmpty()) {
			add(new Paragraph(getTranslation("panel.cooperation.none")));
		}
		for (TopicCooperation topic : cooperation) {
			var swatch = new Span();
			swatch.addClassName("legend-line");
			swatch.getStyle().set("background", topic.topic().color());
			var heading = new Div(swatch, new Span(topic.topic().name(locale)));
			heading.addClassName("topic-heading");
			heading.getStyle().set("font-weight", "600").set("margin-top", "var(--lumo-space-s)");
			add(heading, partnerList(topic.partners()));
		}
	}

	private void addPartners(String headingKey, List<Partner> partners) {
		if (!partners.isEmpty()) {
			add(section(getTranslation(headingKey)), partnerList(partners));
		}
	}

	private UnorderedList partnerList(List<Partner> partners) {
		var list = new UnorderedList();
		list.getStyle().set("margin", "0").set("padding-inline-start", "1.2em");
		for (Partner partner : partners) {
			var link = new Button(partner.name(), event -> this.onPartnerSelected.accept(partner.id()));
			link.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
			var item = new ListItem(link);
			if (partner.confidence() != null) {
				var confidence = new Span(" · " + getTranslation("confidence." + partner.confidence()));
				confidence.getStyle()
					.set("color", "var(--lumo-secondary-text-color)")
					.set("font-size", "var(--lumo-font-size-s)");
				item.add(confidence);
			}
			if (partner.quote() != null && partner.tieId() != null) {
				item.add(new Span(" · "), SourcesView.linkToTie(getTranslation("panel.evidence"), partner.tieId(),
						getTranslation("panel.evidence-of", this.shownName, partner.name())));
			}
			list.add(item);
		}
		return list;
	}

	private static Paragraph fact(String text) {
		var fact = new Paragraph(text);
		fact.getStyle().set("margin", "var(--lumo-space-xs) 0 0");
		return fact;
	}

	private static H3 section(String text) {
		var heading = new H3(text);
		heading.getStyle().set("font-size", "var(--lumo-font-size-m)").set("margin", "var(--lumo-space-m) 0 0");
		return heading;
	}

}
