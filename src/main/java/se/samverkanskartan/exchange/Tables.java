package se.samverkanskartan.exchange;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import se.samverkanskartan.network.Names;

/**
 * Spreadsheet-like input (CSV, XLSX, GraphML alike): named tables of rows whose cells are
 * keyed by canonical column names.
 */
final class Tables {

	static final String ORGANISATIONS = "organisations";

	static final String TIES = "ties";

	static final String SURVEY = "survey";

	static final String SURVEY_ABOUT = "survey-about";

	/**
	 * Accepted headers (normalised) per canonical column, Swedish first; the words of
	 * earlier versions ("band", "område") still read.
	 */
	static final Map<String, String> COLUMNS = Map.ofEntries(Map.entry("id", "id"), Map.entry("typ", "kind"),
			Map.entry("kind", "kind"), Map.entry("namn", "name"), Map.entry("name", "name"),
			Map.entry("aktorstyp", "actorType"), Map.entry("actor type", "actorType"),
			Map.entry("actortype", "actorType"), Map.entry("invanare", "population"),
			Map.entry("population", "population"), Map.entry("alternativa namn", "aliases"),
			Map.entry("aliases", "aliases"), Map.entry("fran", "from"), Map.entry("from", "from"),
			Map.entry("till", "to"), Map.entry("to", "to"), Map.entry("typ av samband", "tie"),
			Map.entry("typ av band", "tie"), Map.entry("tie", "tie"), Map.entry("tema", "topic"),
			Map.entry("omrade", "topic"), Map.entry("topic", "topic"), Map.entry("belagg", "confidence"),
			Map.entry("confidence", "confidence"), Map.entry("kalla", "source"), Map.entry("source", "source"),
			Map.entry("avsnitt", "section"), Map.entry("section", "section"), Map.entry("citat", "quote"),
			Map.entry("quote", "quote"), Map.entry("kommun", "municipality"), Map.entry("municipality", "municipality"),
			Map.entry("fraga 1", "q1"), Map.entry("fraga 2", "q2"), Map.entry("fraga 3", "q3"),
			Map.entry("fraga 4", "q4"), Map.entry("fraga 16", "q16"), Map.entry("fraga 17", "q17"),
			Map.entry("fraga 18", "q18"), Map.entry("fraga 19", "q19"), Map.entry("exempel", "example"),
			Map.entry("example", "example"), Map.entry("label", "name"), Map.entry("target", "to"),
			Map.entry("typ av aktor", "actorType"), Map.entry("inhabitants", "population"),
			Map.entry("kind of tie", "tie"), Map.entry("evidence", "confidence"), Map.entry("fran id", "fromId"),
			Map.entry("from id", "fromId"), Map.entry("till id", "toId"), Map.entry("to id", "toId"),
			Map.entry("latitud", "lat"), Map.entry("latitude", "lat"), Map.entry("lat", "lat"),
			Map.entry("longitud", "lon"), Map.entry("longitude", "lon"), Map.entry("lon", "lon"));

	/** Sheet names (normalised) per table. */
	static final Map<String, String> SHEETS = Map.of("organisationer", ORGANISATIONS, "organisations", ORGANISATIONS,
			"samband", TIES, "band", TIES, "ties", TIES, "enkat", SURVEY, "survey", SURVEY, "om enkaten", SURVEY_ABOUT,
			"about the survey", SURVEY_ABOUT);

	/**
	 * One row.
	 *
	 * @param table the table's display name (sheet or file)
	 * @param number the row number as a spreadsheet shows it (the header is row 1)
	 * @param cells canonical column → text
	 * @param headers canonical column → the header as written, for messages
	 */
	record Row(String table, int number, Map<String, String> cells, Map<String, String> headers) {

		String get(String column) {
			String value = this.cells.get(column);
			return (value == null) ? "" : restored(value.strip());
		}

		/**
		 * A cell as written before the CSV export kept it from being read as a formula (a
		 * leading apostrophe before = + - @).
		 */
		private static String restored(String value) {
			return (value.length() > 1 && value.charAt(0) == '\'' && "=+-@".indexOf(value.charAt(1)) >= 0)
					? value.substring(1) : value;
		}

		String header(String column) {
			return this.headers.getOrDefault(column, column);
		}

	}

	final Map<String, List<Row>> byTable = new LinkedHashMap<>();

	void add(String table, Row row) {
		// A template's example row shows how to fill in; it is never imported
		if (!row.get("example").isEmpty()) {
			return;
		}
		this.byTable.computeIfAbsent(table, name -> new ArrayList<>()).add(row);
	}

	List<Row> rows(String table) {
		return this.byTable.getOrDefault(table, List.of());
	}

	/** The canonical column of a header, or null when it is not one we know. */
	static String column(String header) {
		return COLUMNS.get(Names.normalise(header));
	}

	/**
	 * Gephi's edge table names its ends Source and Target: with a target and no from,
	 * "source" is the tie's start, not the evidence's source.
	 */
	static List<String> withGephiEnds(List<String> columns) {
		if (columns.contains("to") && !columns.contains("from") && columns.contains("source")) {
			return columns.stream().map(column -> "source".equals(column) ? "from" : column).toList();
		}
		return columns;
	}

	/** Which table a header row belongs to, from its columns. */
	static String tableOf(List<String> columns) {
		if (columns.contains("municipality") && columns.contains("q1")) {
			return SURVEY;
		}
		if (columns.contains("from") && columns.contains("to")) {
			return TIES;
		}
		if (columns.contains("name") && columns.contains("kind")) {
			return ORGANISATIONS;
		}
		return null;
	}

}
