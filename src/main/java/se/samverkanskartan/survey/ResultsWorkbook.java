package se.samverkanskartan.survey;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.function.BiFunction;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A round's results as an Excel workbook: the tables with numbers as numbers (so they
 * sort and sum), and the free-text answers as the reader may see them.
 */
public final class ResultsWorkbook {

	private ResultsWorkbook() {
	}

	/**
	 * @param words the bundle's words by key and arguments, in the reader's language
	 */
	public static byte[] write(RoundResults results, BiFunction<String, Object[], String> words) {
		try (var workbook = new XSSFWorkbook(); var out = new ByteArrayOutputStream()) {
			Sheet tables = workbook.createSheet(words.apply("results.sheet.tables", new Object[0]));
			header(tables.createRow(0), List.of("results.question", "results.yes", "results.no", "results.unknown",
					"results.yes-share", "results.no-share", "results.unknown-share", "results.change"), words);
			int row = 1;
			for (RoundResults.Table table : results.tables()) {
				Row line = tables.createRow(row++);
				line.createCell(0).setCellValue(table.question());
				if (table.hidden()) {
					line.createCell(1).setCellValue(words.apply("results.hidden", new Object[0]));
					continue;
				}
				Integer[] numbers = { table.yes(), table.no(), table.unknown(), table.yesShare(), table.noShare(),
						table.unknownShare(), table.change() };
				for (int i = 0; i < numbers.length; i++) {
					if (numbers[i] != null) {
						line.createCell(i + 1).setCellValue(numbers[i]);
					}
				}
			}
			tables.setColumnWidth(0, 80 * 256);
			Sheet free = workbook.createSheet(words.apply("results.sheet.free-text", new Object[0]));
			header(free.createRow(0), List.of("results.question", "results.organisation", "results.answer"), words);
			row = 1;
			for (RoundResults.FreeText text : results.freeText()) {
				for (RoundResults.Answer answer : text.answers()) {
					Row line = free.createRow(row++);
					line.createCell(0).setCellValue(text.question());
					line.createCell(1).setCellValue((answer.organisation() == null) ? "" : answer.organisation());
					line.createCell(2).setCellValue(answer.text());
				}
			}
			workbook.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void header(Row row, List<String> keys, BiFunction<String, Object[], String> words) {
		for (int i = 0; i < keys.size(); i++) {
			row.createCell(i).setCellValue(words.apply(keys.get(i), new Object[0]));
		}
	}

}
