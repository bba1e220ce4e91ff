package se.samverkanskartan.exchange;

import java.util.ArrayList;
import java.util.List;

/**
 * The export's legend: every entry whole, long names wrapped. It takes the largest text
 * size (13 down to 9) at which the entries fit the page's height in one column, else in
 * two, else three; never cut.
 */
final class LegendLayout {

	static final double COLUMN_WIDTH = 300;

	static final double COLUMN_GAP = 20;

	/** Where the text starts after the colour mark. */
	static final double TEXT_INDENT = 22;

	/**
	 * One entry placed: its lines, its column and its top.
	 */
	record Row(ViewSnapshot.LegendItem item, List<String> lines, int column, double top) {

	}

	private final List<Row> rows;

	private final int columns;

	private final double size;

	private LegendLayout(List<Row> rows, int columns, double size) {
		this.rows = rows;
		this.columns = columns;
		this.size = size;
	}

	static LegendLayout fit(List<ViewSnapshot.LegendItem> items, double height) {
		for (int columns = 1; columns <= 3; columns++) {
			for (double size = 13; size >= 9; size--) {
				LegendLayout layout = arrange(items, height, columns, size);
				if (layout != null) {
					return layout;
				}
			}
		}
		return arrange(items, Double.MAX_VALUE, 3, 9);
	}

	/** The entries in columns of this height, or null when they do not fit. */
	private static LegendLayout arrange(List<ViewSnapshot.LegendItem> items, double height, int columns, double size) {
		List<Row> rows = new ArrayList<>();
		int column = 0;
		double y = 0;
		for (int i = 0; i < items.size(); i++) {
			ViewSnapshot.LegendItem item = items.get(i);
			boolean heading = item.mark() == ViewSnapshot.Mark.HEADING;
			double textSize = heading ? size + 1 : size;
			List<String> lines = TextMeasure.wrap(item.label(), textSize, heading,
					COLUMN_WIDTH - (heading ? 0 : TEXT_INDENT));
			double rowHeight = rowHeight(lines.size(), textSize) + (heading ? 8 : 0);
			// A heading goes to the next column with its first entry
			double needed = rowHeight + ((heading && i + 1 < items.size()) ? rowHeight(1, size) : 0);
			if (y > 0 && y + needed > height) {
				column++;
				y = 0;
				if (column == columns) {
					return null;
				}
			}
			rows.add(new Row(item, lines, column, y + (heading && y > 0 ? 8 : 0)));
			y += rowHeight;
		}
		return new LegendLayout(List.copyOf(rows), Math.max(1, column + 1), size);
	}

	private static double rowHeight(int lines, double size) {
		return lines * size * 1.25 + size * 0.5;
	}

	double width() {
		return this.columns * COLUMN_WIDTH + (this.columns - 1) * COLUMN_GAP;
	}

	List<Row> rows() {
		return this.rows;
	}

	/** The name of the legend's group of shapes. */
	static final String GROUP = "Teckenförklaring";

	void draw(Canvas canvas, double left, double top) {
		canvas.beginGroup(GROUP);
		for (Row row : this.rows) {
			double x = left + row.column() * (COLUMN_WIDTH + COLUMN_GAP);
			double y = top + row.top();
			ViewSnapshot.LegendItem item = row.item();
			boolean heading = item.mark() == ViewSnapshot.Mark.HEADING;
			double textSize = heading ? this.size + 1 : this.size;
			double middle = y + textSize * 0.6;
			switch (item.mark()) {
				case HEADING -> {
				}
				case SWATCH -> canvas.shape("legend", "ellipse", x + 7, middle, 12, item.color());
				case AREA ->
					canvas.polygon(List.<double[][]>of(new double[][] { { x + 1, middle - 6 }, { x + 13, middle - 6 },
							{ x + 13, middle + 6 }, { x + 1, middle + 6 } }), item.color(), "#94a3b8", 1);
				case LINE, DASHED ->
					canvas.line(x, middle, x + 16, middle, item.color(), 3, item.mark() == ViewSnapshot.Mark.DASHED);
			}
			for (int i = 0; i < row.lines().size(); i++) {
				canvas.text(row.lines().get(i), heading ? x : x + TEXT_INDENT, y + textSize + i * textSize * 1.25,
						textSize, SnapshotLayout.TEXT, heading, false);
			}
		}
		canvas.endGroup();
	}

}
