package se.samverkanskartan.suggestions.ui;

import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

import se.samverkanskartan.suggestions.PartnerEvaluationResult;
import se.samverkanskartan.suggestions.SuggestionService;

/**
 * The official's question as a test on /diagnostik: where an organisation's real partners
 * on a topic land when its ties on it are hidden.
 */
class PartnerEvaluationSection extends VerticalLayout {

	static final int SEEDS = 5;

	PartnerEvaluationSection(SuggestionService suggestions) {
		setPadding(false);
		PartnerEvaluationResult result = suggestions.partnerEvaluation(SEEDS);
		var grid = new Grid<PartnerEvaluationResult.ScorerResult>();
		grid.addColumn(row -> getTranslation("backtest.scorer." + row.scorer()))
			.setHeader(getTranslation("backtest.scorer"))
			.setFlexGrow(3);
		grid.addColumn(row -> range(row.recallAt5(), row.recallAt5Low(), row.recallAt5High()))
			.setHeader(getTranslation("evaluation.recall"))
			.setTextAlign(ColumnTextAlign.END)
			.setFlexGrow(2);
		grid.addColumn(
				row -> range(row.meanReciprocalRank(), row.meanReciprocalRankLow(), row.meanReciprocalRankHigh()))
			.setHeader(getTranslation("evaluation.mrr"))
			.setTextAlign(ColumnTextAlign.END)
			.setFlexGrow(2);
		grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
		grid.setAllRowsVisible(true);
		grid.setItems(result.scorers());
		grid.setAriaLabel(getTranslation("evaluation.title"));
		grid.addClassName("evaluation-grid");
		var summary = new Paragraph(getTranslation("evaluation.summary", result.queries(), result.seeds().size()));
		summary.addClassName("evaluation-summary");
		var api = new Anchor("api/partner-evaluation", getTranslation("backtest.api"));
		api.setRouterIgnore(true);
		add(new H3(getTranslation("evaluation.title")), new Paragraph(getTranslation("evaluation.intro")), summary,
				grid, api);
	}

	/** "0.80 (0.79–0.81)": the mean over the seeds and their range. */
	private String range(double mean, double low, double high) {
		return String.format(getLocale(), "%.2f (%.2f–%.2f)", mean, low, high);
	}

}
