package se.samverkanskartan.suggestions;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import se.samverkanskartan.infrastructure.TranslationProvider;

import static org.assertj.core.api.Assertions.assertThat;

class SuggestionExportTest {

	private static final String FORMULA = "=HYPERLINK(\"http://evil\";\"klicka\")";

	private final SuggestionExport export = new SuggestionExport(new TranslationProvider());

	private final List<Suggestion> rows = List.of(new Suggestion("municipality:1", "Ekerö", "actor:x", FORMULA, "actor",
			"unga", "Unga", 0.5, List.of(new Reason(Signal.NEIGHBOURS, 1, "-1+1; \"citat\"")), false));

	@Test
	void formulas_come_out_as_text_cells_with_the_text_as_written_in_the_workbook() throws Exception {
		byte[] xlsx = this.export.xlsx(this.rows, TranslationProvider.SWEDISH);

		try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			var row = workbook.getSheetAt(0).getRow(1);
			assertThat(row.getCell(2).getCellType()).isEqualTo(org.apache.poi.ss.usermodel.CellType.STRING);
			assertThat(row.getCell(2).getStringCellValue()).as("text as written").isEqualTo(FORMULA);
			assertThat(row.getCell(7).getStringCellValue()).startsWith("-1+1");
			assertThat(row.getCell(5).getNumericCellValue()).isEqualTo(0.5);
		}
	}

	@Test
	void formulas_come_out_inert_and_quoted_in_csv() {
		String csv = new String(this.export.csv(this.rows, TranslationProvider.SWEDISH), StandardCharsets.UTF_8);

		String[] lines = csv.split("\r\n");
		assertThat(lines[0]).isEqualTo("\uFEFFRang;Organisation;Partner;Typ;Tema;Poäng;Samarbetar redan;Skäl");
		assertThat(lines[1]).isEqualTo("1;Ekerö;\"'=HYPERLINK(\"\"http://evil\"\";\"\"klicka\"\")\";Aktör;Unga;0,500;;"
				+ "\"'-1+1; \"\"citat\"\"\"");
	}

}
