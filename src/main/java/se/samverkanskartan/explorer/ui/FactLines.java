package se.samverkanskartan.explorer.ui;

import java.text.NumberFormat;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.vaadin.flow.component.Component;

import se.samverkanskartan.network.OrganisationDetails.Facts;

/** An organisation's facts as lines of text, for the side panel and its page. */
final class FactLines {

	private FactLines() {
	}

	static List<String> of(Component owner, Facts facts, Locale locale) {
		var numbers = NumberFormat.getIntegerInstance(locale);
		var dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale);
		List<String> lines = new ArrayList<>();
		if (facts.population() != null) {
			lines.add(owner.getTranslation("panel.population", numbers.format(facts.population()),
					String.valueOf(facts.populationYear())));
		}
		if (facts.areaKm2() != null) {
			lines.add(owner.getTranslation("panel.area", numbers.format(facts.areaKm2())));
		}
		if (facts.county() != null) {
			lines.add(owner.getTranslation("panel.county", facts.county()));
		}
		if (facts.actorType() != null) {
			lines
				.add(owner.getTranslation("panel.actor-type", owner.getTranslation("actor-type." + facts.actorType())));
		}
		if (facts.partnerRank() != null) {
			lines.add(owner.getTranslation("panel.partner-rank", facts.partnerRank()));
		}
		if (facts.partOf() != null) {
			lines.add(owner.getTranslation("panel.part-of", facts.partOf()));
		}
		if (!facts.policeAreas().isEmpty()) {
			lines.add(owner.getTranslation("panel.police-area", String.join(", ", facts.policeAreas())));
		}
		if (facts.validFrom() != null) {
			lines.add(owner.getTranslation("panel.valid-from", dates.format(facts.validFrom())));
		}
		if (facts.validTo() != null) {
			lines.add(owner.getTranslation("panel.valid-to", dates.format(facts.validTo())));
		}
		return lines;
	}

}
