package se.samverkanskartan.survey.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.dom.Element;

import se.samverkanskartan.survey.RoundResults;

/**
 * The Ja / Nej / Vet ej questions as the report's table (antal and andel) with the change
 * since the previous round and a bar of the shares per question; the bar is decoration,
 * the numbers are in the table.
 */
class ResultsTable extends Div {

	ResultsTable(RoundResults results) {
		addClassName("results-table");
		// Scrolls sideways in a narrow window: the keyboard can reach and scroll it
		getElement().setAttribute("tabindex", "0");
		getElement().setAttribute("role", "region");
		getElement().setAttribute("aria-label", getTranslation("results.tables"));
		Element table = new Element("table");
		Element head = new Element("tr");
		for (String key : new String[] { "results.question", "results.yes", "results.no", "results.unknown",
				"results.yes-share", "results.no-share", "results.unknown-share", "results.change", "results.bar" }) {
			head.appendChild(new Element("th").setAttribute("scope", "col").setText(getTranslation(key)));
		}
		table.appendChild(new Element("thead").appendChild(head));
		Element body = new Element("tbody");
		for (RoundResults.Table row : results.tables()) {
			Element line = new Element("tr").setAttribute("data-question", row.questionId());
			line.appendChild(new Element("th").setAttribute("scope", "row").setText(row.question()));
			if (row.hidden()) {
				line.appendChild(
						new Element("td").setAttribute("colspan", "8").setText(getTranslation("results.hidden")));
			}
			else {
				cell(line, String.valueOf(row.yes()));
				cell(line, String.valueOf(row.no()));
				cell(line, String.valueOf(row.unknown()));
				cell(line, percent(row.yesShare()));
				cell(line, percent(row.noShare()));
				cell(line, percent(row.unknownShare()));
				cell(line, (row.change() == null) ? "–"
						: getTranslation("results.points", (row.change() > 0 ? "+" : "") + row.change()));
				line.appendChild(new Element("td").appendChild(bar(row)));
			}
			body.appendChild(line);
		}
		table.appendChild(body);
		getElement().appendChild(table);
		// What the bars' colours mean, under the table
		Element legend = new Element("p").setAttribute("class", "results-bar-legend");
		legend.setText(getTranslation("results.bar-legend"));
		for (String name : new String[] { "yes", "no", "unknown" }) {
			legend.appendChild(new Element("span").setAttribute("class", "results-bar-" + name),
					new Element("b").setText(getTranslation("results." + name)));
		}
		getElement().appendChild(legend);
	}

	private static void cell(Element line, String text) {
		line.appendChild(new Element("td").setText(text));
	}

	private static String percent(Integer share) {
		return (share == null) ? "–" : share + " %";
	}

	private static Element bar(RoundResults.Table row) {
		Element bar = new Element("div").setAttribute("class", "results-bar").setAttribute("aria-hidden", "true");
		int[] shares = { value(row.yesShare()), value(row.noShare()), value(row.unknownShare()) };
		String[] names = { "yes", "no", "unknown" };
		for (int i = 0; i < shares.length; i++) {
			Element segment = new Element("span").setAttribute("class", "results-bar-" + names[i]);
			segment.getStyle().set("width", shares[i] + "%");
			bar.appendChild(segment);
		}
		return bar;
	}

	private static int value(Integer share) {
		return (share == null) ? 0 : share;
	}

}
