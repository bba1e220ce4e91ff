package se.samverkanskartan.survey.ui;

import java.util.List;
import java.util.function.BiFunction;

import se.samverkanskartan.infrastructure.TableFiles;
import se.samverkanskartan.survey.Reminders.LinkRow;
import se.samverkanskartan.survey.RespondentStatus;

/** A round's status list, and new links for a mail merge, as CSV or XLSX files. */
class RoundStatusTable {

	private static final List<String> COLUMNS = List.of("organisation", "respondent", "email", "role", "state",
			"invited", "opened", "updated", "submitted", "reminded", "revoked");

	private final BiFunction<String, Object[], String> translation;

	/**
	 * @param translation {@code getTranslation} of the component
	 */
	RoundStatusTable(BiFunction<String, Object[], String> translation) {
		this.translation = translation;
	}

	byte[] csv(List<RespondentStatus> rows) {
		return TableFiles.csv(headers(COLUMNS), rows.stream().map(this::cells).toList());
	}

	byte[] xlsx(List<RespondentStatus> rows) {
		return TableFiles.xlsx(t("rounds.sheet"), headers(COLUMNS), rows.stream().map(this::cells).toList());
	}

	byte[] links(List<LinkRow> rows) {
		return TableFiles.csv(headers(List.of("organisation", "respondent", "email", "role", "link")),
				rows.stream()
					.map(row -> List.of(row.respondent().organisationName(), row.respondent().name(),
							row.respondent().email(), row.respondent().role(), row.link()))
					.toList());
	}

	private List<String> cells(RespondentStatus row) {
		return List.of(row.organisationName(), row.name(), row.email(), row.role(), t("rounds.state." + row.state()),
				RoundStatus.format(row.invited()), RoundStatus.format(row.opened()), RoundStatus.format(row.updated()),
				RoundStatus.format(row.submitted()), RoundStatus.format(row.reminded()),
				row.revoked() ? t("rounds.revoked") : "");
	}

	private List<String> headers(List<String> columns) {
		return columns.stream().map(column -> t("rounds.column." + column)).toList();
	}

	private String t(String key) {
		return this.translation.apply(key, new Object[0]);
	}

	/** One of the file formats. */
	interface Writer {

		byte[] write(RoundStatusTable table, List<RespondentStatus> rows);

	}

}
