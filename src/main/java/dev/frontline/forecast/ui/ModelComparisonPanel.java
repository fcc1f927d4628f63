package dev.frontline.forecast.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

import dev.frontline.forecast.ForecastDetail;
import dev.frontline.forecast.StoredMethodScore;
import dev.frontline.forecast.engine.SelectionDecision;
import dev.frontline.shared.ui.Formats;

/**
 * Every method the engine compared, with its backtest score, the selection's decision in the planner's language, and
 * the chosen model's full explanation.
 */
class ModelComparisonPanel extends VerticalLayout {

    private final Paragraph chosen = new Paragraph();
    private final Paragraph decision = new Paragraph();
    private final Grid<StoredMethodScore> scores = new Grid<>();
    private final Pre explanation = new Pre();

    ModelComparisonPanel() {
        setPadding(false);
        chosen.setId("forecast-chosen-model");
        decision.setId("forecast-selection-decision");
        scores.setId("forecast-scores");
        scores.setAllRowsVisible(true);
        scores.addColumn(s -> ForecastTexts.method(s.method(), getLocale())).setHeader(getTranslation("forecast.scores.method"))
                .setAutoWidth(true).setTooltipGenerator(StoredMethodScore::method);
        scores.addColumn(s -> s.backtestWapePercent() == null ? "–" : Formats.percent(s.backtestWapePercent(), 2))
                .setHeader(getTranslation("forecast.scores.wape")).setAutoWidth(true);
        scores.addColumn(s -> s.chosen() ? getTranslation("forecast.scores.chosen-yes") : "")
                .setHeader(getTranslation("forecast.scores.chosen")).setAutoWidth(true);
        // the detail is a sentence: it wraps in its cell instead of being cut off, and its tooltip shows it whole
        scores.addColumn(this::detail).setHeader(getTranslation("forecast.scores.detail")).setFlexGrow(1)
                .setTooltipGenerator(this::detail);
        scores.addThemeVariants(com.vaadin.flow.component.grid.GridVariant.LUMO_WRAP_CELL_CONTENT);
        explanation.setId("forecast-explanation");
        explanation.getStyle().set("white-space", "pre-wrap").set("font-size", "var(--lumo-font-size-s)");
        add(new H3(getTranslation("forecast.scores.title")), chosen, decision, scores,
                new H3(getTranslation("forecast.explanation.title")), explanation);
    }

    void show(ForecastDetail detail) {
        StoredMethodScore best = detail.scores().stream().filter(StoredMethodScore::chosen).findFirst().orElse(null);
        chosen.setText(best == null || best.backtestWapePercent() == null
                ? getTranslation("forecast.scores.chosen-fallback",
                        ForecastTexts.model(detail.version().method(), getLocale()))
                : getTranslation("forecast.scores.chosen-text",
                        ForecastTexts.model(detail.version().method(), getLocale()),
                        Formats.percent(best.backtestWapePercent(), 2)));
        SelectionDecision d = detail.decision();
        decision.setVisible(d != null);
        if (d != null) {
            decision.setText(ForecastTexts.render(d.phrase(), getLocale()));
        }
        scores.setItems(detail.scores());
        // the engine's explanation as phrases in the reader's language; a version saved before that keeps its English text
        explanation.setText(detail.explanationLines().isEmpty() ? detail.explanation()
                : detail.explanationLines().stream().map(line -> ForecastTexts.render(line, getLocale()))
                        .collect(java.util.stream.Collectors.joining("\n")));
    }

    private String detail(StoredMethodScore score) {
        return score.detailPhrase() == null ? score.detail() : ForecastTexts.render(score.detailPhrase(), getLocale());
    }
}
