package se.samverkanskartan.survey.ui;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import se.samverkanskartan.survey.Reminders.LinkRow;
import se.samverkanskartan.survey.RespondentStatus;

import static org.assertj.core.api.Assertions.assertThat;

/** The status list and new links as files, read back by a spreadsheet reader. */
class RoundStatusTableTest {

	private static final ResourceBundle SWEDISH = ResourceBundle.getBundle("i18n.messages", Locale.of("sv"));

	private final RoundStatusTable table = new RoundStatusTable(
			(key, arguments) -> MessageFormat.format(SWEDISH.getString(key), arguments));

	private static final ZonedDateTime INVITED = ZonedDateTime.parse("2027-03-01T08:15:00Z");

	private static final List<RespondentStatus> ROWS = List.of(
			new RespondentStatus("1", "Anna Andersson", "anna@haninge.se", "Trygghetssamordnare", "municipality:0136",
					"Haninge", false, "submitted", INVITED, INVITED.plusHours(1), INVITED.plusHours(2),
					INVITED.plusHours(3), null),
			new RespondentStatus("2", "=HYPERLINK(\"x\")", "bo@botkyrka.se", "", "municipality:0127", "Botkyrka; norr",
					true, "invited", INVITED, null, null, null, INVITED.plusDays(7)));

	@Test
	void the_xlsx_has_a_swedish_header_and_one_row_per_respondent_with_local_times() throws Exception {
		try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(this.table.xlsx(ROWS)))) {
			var sheet = workbook.getSheet("Status");
			var text = new DataFormatter();
			assertThat(text.formatCellValue(sheet.getRow(0).getCell(0))).isEqualTo("Organisation");
			assertThat(text.formatCellValue(sheet.getRow(0).getCell(5))).isEqualTo("Inbjuden");
			assertThat(sheet.getLastRowNum()).isEqualTo(2);
			assertThat(text.formatCellValue(sheet.getRow(1).getCell(4))).isEqualTo("Inskickad");
			assertThat(text.formatCellValue(sheet.getRow(1).getCell(5))).isEqualTo("2027-03-01 09:15");
			assertThat(sheet.getRow(2).getCell(1).getCellType()).as("text, not a formula")
				.isEqualTo(org.apache.poi.ss.usermodel.CellType.STRING);
			assertThat(text.formatCellValue(sheet.getRow(2).getCell(1))).as("as written").startsWith("=");
			assertThat(text.formatCellValue(sheet.getRow(2).getCell(10))).isEqualTo("Återkallad");
		}
	}

	@Test
	void the_csv_quotes_what_holds_a_semicolon_and_the_links_file_has_each_link() {
		String csv = new String(this.table.csv(ROWS), StandardCharsets.UTF_8);
		assertThat(csv).startsWith("\uFEFFOrganisation;Svarande;E-post");
		assertThat(csv.split("\r\n")).hasSize(3);
		assertThat(csv).contains("\"Botkyrka; norr\"");

		String links = new String(
				this.table.links(List.of(new LinkRow(ROWS.get(0), "https://kartan.example/svar/skr_x"))),
				StandardCharsets.UTF_8);
		assertThat(links.split("\r\n")).containsExactly("\uFEFFOrganisation;Svarande;E-post;Roll;Personlig länk",
				"Haninge;Anna Andersson;anna@haninge.se;Trygghetssamordnare;https://kartan.example/svar/skr_x");
	}

}
