package se.samverkanskartan.explorer.ui;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

import se.samverkanskartan.shell.MainLayout;

import se.samverkanskartan.network.AboutTheData;
import se.samverkanskartan.network.AboutTheData.SurveyAnswer;
import se.samverkanskartan.network.SourceService;

/**
 * "Om underlaget": the report behind the data, its method, its caveat and its survey
 * tables.
 */
@Route(value = "om-underlaget", layout = MainLayout.class)
@com.vaadin.flow.server.auth.AnonymousAllowed
public class AboutView extends VerticalLayout implements HasDynamicTitle {

	AboutView(SourceService sources) {
		setMaxWidth("60rem");
		var heading = new H2(getTranslation("about.title"));
		heading.getStyle().set("font-size", "var(--lumo-font-size-xl)");
		add(heading);
		sources.about().ifPresentOrElse(this::show, () -> add(new Paragraph(getTranslation("about.missing"))));
	}

	private void show(AboutTheData about) {
		Locale locale = getLocale();
		String published = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
			.withLocale(locale)
			.format(about.published());
		add(new Paragraph(getTranslation("about.source", about.title(), about.publisher(), published)));
		add(new H3(getTranslation("about.method")));
		add(new Paragraph(getTranslation("about.method.text", about.interviews(), about.studyVisits(),
				about.municipalities(), about.fieldwork())));
		add(new EvidenceText(about.publisher(), null, about.methodQuote()));
		add(new H3(getTranslation("about.caveat")));
		add(new Paragraph(getTranslation("about.caveat.text")));
		add(new EvidenceText(about.publisher(), null, about.caveatQuote()));
		add(new H3(getTranslation("about.survey")));
		add(new Paragraph(getTranslation("about.survey.text")));
		add(surveyGrid(about, locale));
	}

	private Grid<SurveyAnswer> surveyGrid(AboutTheData about, Locale locale) {
		var grid = new Grid<>(SurveyAnswer.class, false);
		grid.addColumn(answer -> answer.question(locale)).setHeader(getTranslation("about.question")).setFlexGrow(1);
		grid.addColumn(answer -> answer.yes() + " (" + answer.yesPercent() + " %)")
			.setHeader(getTranslation("about.yes"))
			.setAutoWidth(true)
			.setFlexGrow(0);
		grid.addColumn(answer -> answer.no() + " (" + answer.noPercent() + " %)")
			.setHeader(getTranslation("about.no"))
			.setAutoWidth(true)
			.setFlexGrow(0);
		grid.addColumn(answer -> answer.unknown() + " (" + answer.unknownPercent() + " %)")
			.setHeader(getTranslation("about.unknown"))
			.setAutoWidth(true)
			.setFlexGrow(0);
		grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
		grid.setAllRowsVisible(true);
		grid.setItems(about.answers());
		return grid;
	}

	@Override
	public String getPageTitle() {
		return getTranslation("about.title") + " – " + getTranslation("app.title");
	}

}
