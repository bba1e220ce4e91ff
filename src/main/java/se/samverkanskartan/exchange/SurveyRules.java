package se.samverkanskartan.exchange;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import se.samverkanskartan.network.Names;
import se.samverkanskartan.network.NodeKind;

/**
 * The report's interview form (Bilaga 1) as rows: yes/no answers become the
 * municipality's facts, question 18's partners become cooperation ties and question 19's
 * wishes become stated needs, all with the survey as their source.
 */
final class SurveyRules {

	static final List<String> YES_NO = List.of("q1", "q2", "q3", "q4", "q16", "q17");

	/** The topic ties and needs get when the text names none. */
	static final String GENERAL_TOPIC = "trygghet-allmant";

	private final TableRules rules;

	SurveyRules(TableRules rules) {
		this.rules = rules;
	}

	void read(List<Tables.Row> rows, List<Tables.Row> about) {
		if (rows.isEmpty()) {
			return;
		}
		String name = about.isEmpty() ? "" : about.getFirst().cells().getOrDefault("enkatens namn", "");
		String dateText = about.isEmpty() ? "" : about.getFirst().cells().getOrDefault("datum", "");
		LocalDate date = null;
		try {
			date = LocalDate.parse(dateText.strip());
		}
		catch (DateTimeParseException ex) {
			this.rules.batch.problem(this.rules.messages.text("import.location.sheet", "Om enkäten"),
					this.rules.messages.text("import.problem.survey-about"));
		}
		if (name.isBlank() || date == null) {
			if (name.isBlank() && date != null) {
				this.rules.batch.problem(this.rules.messages.text("import.location.sheet", "Om enkäten"),
						this.rules.messages.text("import.problem.survey-about"));
			}
			return;
		}
		String source = name.strip() + " " + date;
		for (Tables.Row row : rows) {
			answer(row, source, date);
		}
	}

	private void answer(Tables.Row row, String source, LocalDate date) {
		NameIndex.Entry municipality = (row.get("municipality").isEmpty()) ? null
				: this.rules.resolve(row, "municipality", row.get("municipality"), NodeKind.MUNICIPALITY);
		if (municipality == null) {
			this.rules.problem(row, "municipality", "import.problem.unknown-organisation", row.get("municipality"));
			return;
		}
		Map<String, Object> facts = new LinkedHashMap<>();
		facts.put("surveySource", source);
		facts.put("surveyDate", date);
		for (String question : YES_NO) {
			String text = Names.normalise(row.get(question));
			switch (text) {
				case "" -> {
				}
				case "ja", "j", "yes", "x", "1", "true" -> facts.put("survey_" + question, true);
				case "nej", "n", "no", "0", "false" -> facts.put("survey_" + question, false);
				default -> this.rules.problem(row, question, "import.problem.yes-no", row.get(question));
			}
		}
		this.rules.batch.nodes
			.add(new StoredGraph.StoredNode(List.of("Municipality", "Organisation"), municipality.ref().key(), facts));
		String partners = row.get("q18");
		for (String partner : partners.split("[,;\\n]|\\soch\\s")) {
			if (partner.isBlank()) {
				continue;
			}
			NameIndex.Entry found = this.rules.resolve(row, "q18", partner.strip(), null);
			if (found == null) {
				this.rules.problem(row, "q18", "import.problem.unknown-organisation", partner.strip());
				continue;
			}
			this.rules.tie(row, "COOPERATES_WITH", municipality.ref(), found.ref(),
					provenance(GENERAL_TOPIC, source, "18", partners));
		}
		String wishes = row.get("q19");
		if (!wishes.isEmpty()) {
			String normalised = Names.normalise(wishes);
			List<String> named = this.rules.topics.entrySet()
				.stream()
				.filter(entry -> entry.getKey().length() > 3 && normalised.contains(entry.getKey()))
				.map(Map.Entry::getValue)
				.distinct()
				.toList();
			for (String topic : named.isEmpty() ? List.of(GENERAL_TOPIC) : named) {
				Map<String, Object> need = provenance(topic, source, "19", wishes);
				need.remove("topic");
				need.remove("confidence");
				this.rules.batch.relationships.add(new StoredGraph.StoredRelationship("WANTS_COOPERATION_ON",
						municipality.ref(), new StoredGraph.NodeRef("Topic", topic), need));
			}
		}
	}

	private Map<String, Object> provenance(String topic, String source, String question, String quote) {
		Map<String, Object> properties = new LinkedHashMap<>();
		properties.put("topic", topic);
		properties.put("confidence", "explicit");
		properties.put("source", source);
		properties.put("section", this.rules.messages.text("import.survey.question", question));
		properties.put("quote", quote);
		return properties;
	}

}
