package se.samverkanskartan.explorer.ui;

import java.text.NumberFormat;
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
		setWidth("22rem");
		setHeightFull();
		setPadding(true);
		setSpacing(false);
		getStyle().set("overflow", "auto").set("border-left", "1px solid var(--lumo-contrast-10pct)");
		setVisible(false);
	}

	void show(OrganisationDetails details, Locale locale) {
		removeAll();
		var close = new Button(VaadinIcon.CLOSE_SMALL.create(), event -> this.onClose.run());
		close.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
		close.setAriaLabel(getTranslation("panel.close"));
		close.getStyle().set("align-self", "flex-end");
		var name = new H2(details.node().name());
		name.getStyle().set("font-size", "var(--lumo-font-size-xl)").set("margin", "0");
		var kind = new Span(getTranslation("kind." + details.node().kind().slug()));
		kind.getElement().getThemeList().add("badge");
		kind.getStyle().set("margin-bottom", "var(--lumo-space-s)");
		add(close, name, kind);
		addFacts(details.facts(), locale);
		addCooperation(details.cooperation(), locale);
		addPartners("panel.forums", details.forums());
		addPartners("panel.members", details.members());
		setVisible(true);
	}

	private void addFacts(OrganisationDetails.Facts facts, Locale locale) {
		var numbers = NumberFormat.getIntegerInstance(locale);
		if (facts.population() != null) {
			add(fact(getTranslation("panel.population", numbers.format(facts.population()),
					String.valueOf(facts.populationYear()))));
		}
		if (facts.areaKm2() != null) {
			add(fact(getTranslation("panel.area", numbers.format(facts.areaKm2()))));
		}
		if (facts.county() != null) {
			add(fact(getTranslation("panel.county", facts.county())));
		}
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
			if (partner.quote() != null) {
				item.getElement().setAttribute("title", "”" + partner.quote() + "”");
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
