package se.samverkanskartan.suggestions.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

import se.samverkanskartan.suggestions.BacktestResult;
import se.samverkanskartan.suggestions.SuggestionService;
import se.samverkanskartan.shell.MainLayout;

/**
 * Whether the suggester beats chance on this network: hide a seeded share of the ties and
 * see how well each scorer finds them again.
 */
@Route(value = "diagnostik", layout = MainLayout.class)
@com.vaadin.flow.server.auth.AnonymousAllowed
public class DiagnosticsView extends VerticalLayout implements HasDynamicTitle {

	private final SuggestionService suggestions;

	// In per cent: a number field would show the share with a decimal point whatever the
	// language
	private final IntegerField hiddenShare = new IntegerField();

	private final IntegerField seed = new IntegerField();

	private final Paragraph summary = new Paragraph();

	private final Grid<BacktestResult.ScorerResult> grid = new Grid<>();

	DiagnosticsView(SuggestionService suggestions) {
		this.suggestions = suggestions;
		addClassName("page-body");
		this.hiddenShare.setLabel(getTranslation("backtest.hidden-share"));
		this.hiddenShare.setMin(5);
		this.hiddenShare.setMax(50);
		this.hiddenShare.setStep(5);
		this.hiddenShare.setStepButtonsVisible(true);
		this.hiddenShare.setSuffixComponent(new com.vaadin.flow.component.html.Span("%"));
		this.hiddenShare.setValue((int) Math.round(SuggestionService.DEFAULT_HIDDEN_SHARE * 100));
		this.hiddenShare.setErrorMessage(getTranslation("backtest.hidden-share-error"));
		this.seed.setLabel(getTranslation("analysis.seed"));
		this.seed.setValue((int) SuggestionService.DEFAULT_SEED);
		var run = new Button(getTranslation("backtest.run"), event -> run());
		run.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		run.addClickShortcut(Key.ENTER);
		var controls = new HorizontalLayout(this.hiddenShare, this.seed, run);
		controls.setAlignItems(Alignment.BASELINE);
		this.grid.addColumn(row -> getTranslation("backtest.scorer." + row.scorer()))
			.setHeader(getTranslation("backtest.scorer"))
			.setFlexGrow(3);
		this.grid.addColumn(row -> String.format(getLocale(), "%.3f", row.auc()))
			.setHeader(getTranslation("backtest.auc"))
			.setTextAlign(ColumnTextAlign.END);
		this.grid.addColumn(row -> String.format(getLocale(), "%.2f", row.precisionAt10()))
			.setHeader(getTranslation("backtest.precision"))
			.setTextAlign(ColumnTextAlign.END);
		this.grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
		this.grid.setAllRowsVisible(true);
		this.grid.setAriaLabel(getTranslation("backtest.title"));
		this.grid.addClassName("backtest-grid");
		this.summary.addClassName("backtest-summary");
		var api = new Anchor("api/backtest", getTranslation("backtest.api"));
		api.setRouterIgnore(true);
		add(new H2(getTranslation("backtest.title")), new Paragraph(getTranslation("backtest.intro")), controls,
				this.summary, this.grid, api, new PartnerEvaluationSection(suggestions));
		run();
	}

	private void run() {
		Integer percent = this.hiddenShare.getValue();
		if (percent == null || percent < 5 || percent > 50 || this.seed.getValue() == null) {
			this.hiddenShare.setInvalid(true);
			return;
		}
		BacktestResult result = this.suggestions.backtest(percent / 100.0, this.seed.getValue());
		BacktestResult.ScorerResult combined = result.scorers().get(0);
		BacktestResult.ScorerResult random = result.scorers().get(result.scorers().size() - 1);
		this.summary.setText(getTranslation("backtest.summary", result.hiddenPairs(), result.evaluatedPairs(),
				String.format(getLocale(), "%.3f", combined.auc()), String.format(getLocale(), "%.3f", random.auc()),
				getTranslation(combined.auc() > random.auc() ? "backtest.beats" : "backtest.does-not-beat")));
		this.grid.setItems(result.scorers());
	}

	@Override
	public String getPageTitle() {
		return getTranslation("backtest.title") + " – " + getTranslation("app.title");
	}

}
