package se.samverkanskartan.survey.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;

import se.samverkanskartan.network.Names;
import se.samverkanskartan.network.NodeId;
import se.samverkanskartan.network.Topic;
import se.samverkanskartan.survey.FormAnswers;
import se.samverkanskartan.survey.PartnerAnswer;
import se.samverkanskartan.survey.PartnerCandidates;
import se.samverkanskartan.survey.PartnerCandidates.Candidate;

/**
 * The name generator: "Vilka kommuner, stadsdelar och andra aktörer samverkar ni med i
 * trygghetsarbetet?" Partners are found by name or alias, or added by name when missing
 * (pending until reviewed); each is a {@link PartnerCard}.
 */
class PartnerSection extends Div {

	private final Map<String, Candidate> candidates;

	private final List<Topic> topics;

	private final Runnable onChange;

	private final Div cards = new Div();

	private final Paragraph prefilled = new Paragraph();

	private final Paragraph progress = new Paragraph();

	private final List<PartnerCard> shown = new ArrayList<>();

	private final ComboBox<Candidate> search = new ComboBox<>();

	private final TextField missing = new TextField();

	PartnerSection(List<Candidate> candidates, List<Topic> topics, Runnable onChange) {
		this.candidates = candidates.stream()
			.collect(Collectors.toMap(Candidate::id, Function.identity(), (a, b) -> a, java.util.LinkedHashMap::new));
		this.topics = topics;
		this.onChange = () -> {
			updateProgress();
			onChange.run();
		};
		this.progress.addClassName("partner-progress");
		this.progress.getElement().setAttribute("aria-live", "polite");
		addClassName("partner-section");
		this.prefilled.addClassName("partner-prefilled");
		this.search.setLabel(getTranslation("respond.partners.search"));
		this.search.setItems(
				query -> PartnerCandidates.found(candidates, query.getFilter().orElse(""))
					.skip(query.getOffset())
					.limit(query.getLimit()),
				query -> (int) PartnerCandidates.found(candidates, query.getFilter().orElse("")).count());
		this.search.setItemLabelGenerator(this::label);
		this.search.setWidthFull();
		this.search.addClassName("partner-search");
		this.search.addValueChangeListener(event -> {
			if (event.isFromClient() && event.getValue() != null) {
				add(PartnerAnswer.picked(event.getValue().id()));
				this.search.clear();
			}
		});
		this.missing.setLabel(getTranslation("respond.partners.missing"));
		this.missing.setHelperText(getTranslation("respond.partners.missing-help"));
		this.missing.setMaxLength(120);
		this.missing.addClassName("partner-missing");
		var addMissing = new Button(getTranslation("respond.partners.add"), click -> {
			if (!this.missing.getValue().isBlank()) {
				add(PartnerAnswer.missing(this.missing.getValue().strip()));
				this.missing.clear();
			}
		});
		addMissing.addClassName("partner-add-missing");
		var missingRow = new Div(this.missing, addMissing);
		missingRow.addClassName("partner-missing-row");
		this.cards.addClassName("partner-cards");
		add(new H2(getTranslation("respond.partners.title")),
				new Paragraph(getTranslation("respond.partners.question")), this.prefilled, this.progress, this.search,
				missingRow, this.cards);
	}

	void show(FormAnswers answers) {
		this.cards.removeAll();
		this.shown.clear();
		answers.partners().forEach(partner -> card(partner, false));
		this.prefilled.setVisible(answers.prefilledFrom() != null);
		if (answers.prefilledFrom() != null) {
			this.prefilled.setText(FormAnswers.FROM_THE_MAP.equals(answers.prefilledFrom())
					? getTranslation("respond.partners.from-map")
					: getTranslation("respond.partners.from-round", answers.prefilledFrom()));
		}
		updateProgress();
	}

	/** How many of the ties carried forward are answered. */
	private void updateProgress() {
		long carried = this.shown.stream().filter(card -> card.value().carried()).count();
		this.progress.setVisible(carried > 0);
		this.progress.setText(getTranslation("respond.partners.progress", carried - unconfirmed(), carried));
	}

	List<PartnerAnswer> values() {
		return this.shown.stream().map(PartnerCard::value).toList();
	}

	/** Shows a problem named {@code partner.<n>.<field>} at its card's field. */
	boolean showProblem(String field, String message) {
		String[] parts = field.split("\\.");
		if (parts.length != 3 || !"partner".equals(parts[0]) || !parts[1].matches("\\d{1,4}")) {
			return false;
		}
		int index = Integer.parseInt(parts[1]);
		return index < this.shown.size() && this.shown.get(index).showProblem(parts[2], message);
	}

	/** Ties carried forward whose "Stämmer detta fortfarande?" is unanswered. */
	long unconfirmed() {
		return this.shown.stream().filter(PartnerCard::unconfirmed).count();
	}

	private void add(PartnerAnswer partner) {
		if (this.shown.stream().anyMatch(card -> samePartner(card.value(), partner))) {
			return;
		}
		// First in the list, right under the search, where the respondent is
		card(partner, true);
		this.onChange.run();
	}

	private void card(PartnerAnswer partner, boolean first) {
		String name = (partner.partnerId() == null) ? partner.newName()
				: this.candidates.containsKey(partner.partnerId()) ? this.candidates.get(partner.partnerId()).name()
						: partner.partnerId();
		PartnerCard[] card = new PartnerCard[1];
		card[0] = new PartnerCard(partner, name, this.topics, this.onChange, () -> {
			this.shown.remove(card[0]);
			this.cards.remove(card[0]);
			this.onChange.run();
		});
		this.shown.add(first ? 0 : this.shown.size(), card[0]);
		this.cards.addComponentAtIndex(first ? 0 : this.cards.getComponentCount(), card[0]);
	}

	/** The same organisation, or the same name of a missing one as people write it. */
	static boolean samePartner(PartnerAnswer a, PartnerAnswer b) {
		return (a.partnerId() != null) ? a.partnerId().equals(b.partnerId())
				: b.partnerId() == null && Names.normalise(a.newName()).equals(Names.normalise(b.newName()));
	}

	/**
	 * The name with its kind, so that Haninge the municipality and its police area
	 * differ.
	 */
	private String label(Candidate candidate) {
		return candidate.name() + " (" + getTranslation("kind." + NodeId.parse(candidate.id()).kind().slug()) + ")";
	}

}
