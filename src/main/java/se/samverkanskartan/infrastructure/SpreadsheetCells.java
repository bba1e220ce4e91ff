package se.samverkanskartan.infrastructure;

/**
 * Text for CSV cells. A CSV cell that begins with =, +, -, @, tab or carriage return
 * would be read as a formula by Excel and LibreOffice (CSV injection); such text gets a
 * leading apostrophe so that it stays text (the import removes it again). A workbook's
 * text cells are never formulas and are written as they are.
 */
public final class SpreadsheetCells {

	private SpreadsheetCells() {
	}

	public static String neutralise(String text) {
		if (text == null || text.isEmpty()) {
			return "";
		}
		char first = text.charAt(0);
		return (first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r')
				? "'" + text : text;
	}

	/**
	 * One CSV field: neutralised, and quoted when it holds the delimiter, quotes or
	 * lines.
	 */
	public static String csvField(String text, char delimiter) {
		String safe = neutralise(text);
		boolean quote = safe.indexOf(delimiter) >= 0 || safe.indexOf('"') >= 0 || safe.indexOf('\n') >= 0
				|| safe.indexOf('\r') >= 0;
		return quote ? '"' + safe.replace("\"", "\"\"") + '"' : safe;
	}

}
