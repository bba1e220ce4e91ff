package se.samverkanskartan.explorer.ui;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;

import se.samverkanskartan.explorer.OrganisationProfile;
import se.samverkanskartan.network.OrganisationDetails.Partner;
import se.samverkanskartan.network.OrganisationDetails.TopicCooperation;
import se.samverkanskartan.suggestions.Reason;
import se.samverkanskartan.suggestions.Suggestion;

/** The organisation page's sections below its facts. */
class OrganisationPageSections {

	private final Div page;

	private final Locale locale;

	private String name = "";

	OrganisationPageSections(Div page, Locale locale) {
		this.page = page;
		this.locale = locale;
	}

	void addAll(OrganisationProfile profile) {
		this.name = profile.details().node().name();
		cooperation(profile.details().cooperation());
		partners("page.forums", "forums", profile.details().forums());
		partners("page.members", "members", profile.details().members());
		needs(profile);
		gaps(profile.gaps());
		partnersForNeeds(profile.partnersForNeeds());
		sources(profile.details().node().id());
	}

	private void cooperation(List<TopicCooperation> cooperation) {
		Section section = section("page.cooperation", "cooperation");
		if (cooperation.isEmpty()) {
			section.add(new Paragraph(t("page.cooperation-none", this.name)));
		}
		for (TopicCooperation topic : cooperation) {
			var list = new UnorderedList();
			for (Partner partner : topic.partners()) {
				var item = new ListItem(link(partner.id(), partner.name()));
				if (partner.confidence() != null) {
					item.add(new Span(" · " + t("confidence." + partner.confidence())));
				}
				if (partner.quote() != null && partner.tieId() != null) {
					item.add(new Span(" · "), SourcesView.linkToTie(t("panel.evidence"), partner.tieId(),
							t("panel.evidence-of", this.name, partner.name())));
					item.add(new EvidenceText(null, null, partner.quote()));
				}
				list.add(item);
			}
			var topicHeading = new H4(topic.topic().name(this.locale));
			section.add(new Div(topicHeading, list));
		}
	}

	private void partners(String key, String id, List<Partner> partners) {
		if (partners.isEmpty()) {
			return;
		}
		Section section = section(key, id);
		var list = new UnorderedList();
		partners.forEach(partner -> list.add(new ListItem(link(partner.id(), partner.name()))));
		section.add(list);
	}

	private void needs(OrganisationProfile profile) {
		if (profile.details().needs().isEmpty()) {
			return;
		}
		Section section = section("page.needs", "needs");
		var list = new UnorderedList();
		profile.details()
			.needs()
			.forEach(need -> list.add(new ListItem(new Span(need.topic().name(this.locale)),
					new EvidenceText(null, null, need.quote()))));
		section.add(list);
	}

	private void gaps(List<OrganisationProfile.Gap> gaps) {
		Section section = section("page.gaps", "gaps");
		section.add(new Paragraph(t("page.gaps-help", this.name)));
		if (gaps.isEmpty()) {
			section.add(new Paragraph(t("page.gaps-none")));
			return;
		}
		var list = new UnorderedList();
		gaps.forEach(gap -> list
			.add(new ListItem(t("page.gap", gap.topic().name(this.locale), String.join(", ", gap.neighbours())))));
		section.add(list);
	}

	private void partnersForNeeds(List<OrganisationProfile.NeedPartners> needs) {
		if (needs.isEmpty()) {
			return;
		}
		Section section = section("page.partners", "partners");
		for (OrganisationProfile.NeedPartners need : needs) {
			section.add(new H4(
					t(need.stated() ? "page.partners-need" : "page.partners-gap", need.topic().name(this.locale))));
			if (need.partners().isEmpty()) {
				section.add(new Paragraph(t("page.partners-none")));
				continue;
			}
			var list = new OrderedList();
			for (Suggestion suggestion : need.partners()) {
				String why = suggestion.reasons().stream().limit(2).map(Reason::text).collect(Collectors.joining("; "));
				list.add(new ListItem(link(suggestion.toId(), suggestion.toName()), new Span(" – " + why)));
			}
			section.add(list);
		}
	}

	private void sources(String id) {
		Section section = section("page.sources", "sources");
		section.add(new Paragraph(t("page.sources-text")),
				new Paragraph(new Anchor("kallor?organisation=" + URLEncoder.encode(id, StandardCharsets.UTF_8),
						t("page.sources-link", this.name))));
	}

	private Section section(String key, String id) {
		var section = new Section(new H3(t(key)));
		section.setId(id);
		this.page.add(section);
		return section;
	}

	private static Component link(String id, String name) {
		var link = new Anchor(OrganisationPageView.path(id), name);
		link.getElement().setAttribute("router-link", true);
		return link;
	}

	private String t(String key, Object... arguments) {
		return this.page.getTranslation(key, arguments);
	}

}
