package se.samverkanskartan.survey.ui;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.spring.security.AuthenticationContext;

import se.samverkanskartan.shell.MainLayout;
import se.samverkanskartan.survey.ResultsReport;
import se.samverkanskartan.survey.ResultsWorkbook;
import se.samverkanskartan.survey.RoundResults;
import se.samverkanskartan.survey.SurveyResults;

/**
 * A survey round's results for everyone who may read the map: the Ja / Nej / Vet ej
 * tables with the change since the previous round, the free-text answers (with the
 * organisation's name for editors only; no group of fewer than three for others), and the
 * results as XLSX. The round is in the address ({@code ?omgang=}).
 */
@Route(value = "resultat", layout = MainLayout.class)
@com.vaadin.flow.server.auth.AnonymousAllowed
public class ResultsView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

	private final SurveyResults results;

	private final boolean editor;

	private final Select<RoundResults> round = new Select<>();

	private final Div shown = new Div();

	ResultsView(SurveyResults results, AuthenticationContext authentication) {
		this.results = results;
		this.editor = authentication.hasAnyRole("EDITOR", "ADMIN");
		addClassName("results-view");
		this.round.setLabel(getTranslation("rounds.round"));
		this.round.setItemLabelGenerator(RoundResults::roundName);
		this.round.addClassName("results-round");
		this.round.setWidth("min(28rem, 100%)");
		this.round.addValueChangeListener(event -> {
			show(event.getValue());
			if (event.getValue() != null) {
				getElement().getNode()
					.runWhenAttached(ui -> ui.getPage()
						.getHistory()
						.replaceState(null,
								new Location("resultat", QueryParameters.of("omgang", event.getValue().roundId()))));
			}
		});
		this.shown.setWidthFull();
		add(new H2(getTranslation("results.title")), new Paragraph(getTranslation("results.intro")), this.round,
				this.shown);
	}

	@Override
	public void beforeEnter(BeforeEnterEvent event) {
		String wanted = event.getLocation().getQueryParameters().getSingleParameter("omgang").orElse(null);
		List<RoundResults> all = this.results.rounds(this.editor);
		this.round.setItems(all);
		all.stream()
			.filter(candidate -> candidate.roundId().equals(wanted))
			.findFirst()
			.or(() -> all.stream().findFirst())
			.ifPresent(this.round::setValue);
	}

	private void show(RoundResults results) {
		this.shown.removeAll();
		if (results == null) {
			return;
		}
		this.shown.add(new Paragraph(getTranslation("results.answered", results.answered(), results.asked())));
		if (results.previous() != null) {
			this.shown.add(new Paragraph(getTranslation("results.compared", results.previous())));
		}
		this.shown.add(new H3(getTranslation("results.tables")), new ResultsTable(results));
		if (!results.roundId().equals(SurveyResults.REPORT_ROUND)) {
			var explorer = new Anchor(
					"/?" + QueryParameters
						.simple(Map.of("asOf", LocalDate.now(ZoneId.of("Europe/Stockholm")).toString(), "compare",
								results.day().minusDays(1).toString()))
						.getQueryString(),
					getTranslation("results.network"));
			explorer.addClassName("results-network");
			this.shown.add(new Paragraph(explorer));
		}
		if (!results.freeText().isEmpty()) {
			this.shown.add(new H3(getTranslation("results.free-text")));
			results.freeText().forEach(text -> this.shown.add(freeText(text)));
		}
		var download = new Anchor(DownloadHandler.fromInputStream(event -> {
			byte[] bytes = ResultsWorkbook.write(results, (key, arguments) -> getTranslation(key, arguments));
			return new DownloadResponse(new ByteArrayInputStream(bytes),
					getTranslation("results.file") + "-" + results.roundName().replaceAll("[^\\p{L}\\p{N}]+", "-")
							+ ".xlsx",
					"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", bytes.length);
		}), getTranslation("results.download"));
		download.addClassName("results-xlsx");
		var report = new Anchor(DownloadHandler.fromInputStream(event -> {
			byte[] bytes = ResultsReport.write(results, (key, arguments) -> getTranslation(key, arguments));
			return new DownloadResponse(
					new ByteArrayInputStream(bytes), getTranslation("results.file") + "-"
							+ results.roundName().replaceAll("[^\\p{L}\\p{N}]+", "-") + ".pdf",
					"application/pdf", bytes.length);
		}), getTranslation("results.download-pdf"));
		report.addClassName("results-pdf");
		this.shown.add(new Paragraph(download, new com.vaadin.flow.component.html.Span(" · "), report));
	}

	private Details freeText(RoundResults.FreeText text) {
		var details = new Details(getTranslation("results.free-text-question", text.question(), text.answers().size()));
		details.addClassName("results-free-text");
		details.getElement().setAttribute("data-question", text.questionId());
		if (text.hidden()) {
			details.add(new Paragraph(getTranslation("results.hidden")));
			return details;
		}
		var list = new UnorderedList();
		text.answers()
			.forEach(answer -> list.add(new ListItem(
					(answer.organisation() == null) ? answer.text() : answer.organisation() + ": " + answer.text())));
		details.add(list);
		return details;
	}

	@Override
	public String getPageTitle() {
		return getTranslation("results.title");
	}

}
