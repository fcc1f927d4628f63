package dev.frontline.forecast.ui;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

import dev.frontline.forecast.VersionAccuracy;
import dev.frontline.forecast.engine.AccuracyMetrics;
import dev.frontline.shared.ui.Formats;
import dev.frontline.shared.ui.Kpi;

/**
 * WAPE, bias and MASE of the shown version against the actuals that arrived for its horizon: overall, per day and
 * per time of day, for the forecast that was used, with the model alone next to it.
 */
class AccuracyPanel extends VerticalLayout {

    private final Paragraph none = new Paragraph();
    private final Div content = new Div();

    AccuracyPanel() {
        setPadding(false);
        setId("forecast-accuracy");
        none.setId("forecast-accuracy-none");
        add(new H3(getTranslation("forecast.accuracy.title")), none, content);
    }

    void show(Optional<VersionAccuracy> accuracy) {
        content.removeAll();
        none.setVisible(accuracy.isEmpty());
        none.setText(getTranslation("forecast.accuracy.none"));
        accuracy.ifPresent(this::render);
    }

    private void render(VersionAccuracy a) {
        AccuracyMetrics used = a.used().overall();
        AccuracyMetrics model = a.model().overall();
        String usedName = getTranslation(a.adjusted() ? "forecast.accuracy.used-adjusted" : "forecast.accuracy.used-model");
        Paragraph intro = new Paragraph(getTranslation("forecast.accuracy.intro", Formats.date(a.actualsFrom()),
                Formats.date(a.actualsTo()), Formats.integer(used.intervals()), usedName));
        HorizontalLayout kpis = new HorizontalLayout(
                new Kpi("forecast-accuracy-wape", getTranslation("forecast.accuracy.wape"),
                        ForecastTexts.percentOrDash(used.wapePercent()),
                        getTranslation("forecast.accuracy.wape.explain", ForecastTexts.contacts(used.actual()),
                                ForecastTexts.contacts(used.forecast()), ForecastTexts.percentOrDash(model.wapePercent()))),
                new Kpi("forecast-accuracy-bias", getTranslation("forecast.accuracy.bias"),
                        ForecastTexts.percentOrDash(used.biasPercent()),
                        getTranslation("forecast.accuracy.bias.explain", ForecastTexts.percentOrDash(model.biasPercent()))),
                new Kpi("forecast-accuracy-mase", getTranslation("forecast.accuracy.mase"),
                        ForecastTexts.decimalOrDash(used.mase(), 2),
                        getTranslation("forecast.accuracy.mase.explain", a.used().note())));
        Paragraph modelLine = new Paragraph(getTranslation("forecast.accuracy.model-line",
                ForecastTexts.percentOrDash(model.wapePercent()), ForecastTexts.percentOrDash(model.biasPercent()),
                ForecastTexts.decimalOrDash(model.mase(), 2)));
        modelLine.setId("forecast-accuracy-model");
        modelLine.setVisible(a.adjusted());

        Grid<Row<LocalDate>> days = grid("forecast-accuracy-days", getTranslation("forecast.accuracy.col.day"));
        days.setItems(rows(a.used().byDay(), a.model().byDay()));
        Grid<Row<LocalTime>> slots = grid("forecast-accuracy-intervals", getTranslation("forecast.accuracy.col.time"));
        slots.setItems(rows(a.used().byInterval(), a.model().byInterval()));
        slots.setAllRowsVisible(false);
        slots.setHeight("320px");
        content.add(intro, kpis, modelLine, new H4(getTranslation("forecast.accuracy.per-day")), days,
                new H4(getTranslation("forecast.accuracy.per-interval")), slots);
    }

    private <K> Grid<Row<K>> grid(String id, String keyHeader) {
        Grid<Row<K>> grid = new Grid<>();
        grid.setId(id);
        grid.setAllRowsVisible(true);
        grid.addColumn(r -> r.key() instanceof LocalDate d ? Formats.date(d) : ForecastTexts.time((LocalTime) r.key()))
                .setHeader(keyHeader).setAutoWidth(true);
        grid.addColumn(r -> ForecastTexts.contacts(r.used().actual())).setHeader(getTranslation("forecast.accuracy.col.actual"));
        grid.addColumn(r -> ForecastTexts.contacts(r.used().forecast())).setHeader(getTranslation("forecast.accuracy.col.forecast"));
        grid.addColumn(r -> ForecastTexts.percentOrDash(r.used().wapePercent())).setHeader(getTranslation("forecast.accuracy.wape"));
        grid.addColumn(r -> ForecastTexts.percentOrDash(r.used().biasPercent())).setHeader(getTranslation("forecast.accuracy.bias"));
        grid.addColumn(r -> ForecastTexts.decimalOrDash(r.used().mase(), 2)).setHeader(getTranslation("forecast.accuracy.mase"));
        grid.addColumn(r -> r.model() == null ? "–" : ForecastTexts.percentOrDash(r.model().wapePercent()))
                .setHeader(getTranslation("forecast.accuracy.col.model-wape"));
        return grid;
    }

    private static <K extends Comparable<? super K>> List<Row<K>> rows(Map<K, AccuracyMetrics> used, Map<K, AccuracyMetrics> model) {
        return new TreeMap<>(used).entrySet().stream()
                .map(e -> new Row<>(e.getKey(), e.getValue(), model.get(e.getKey()))).toList();
    }

    record Row<K>(K key, AccuracyMetrics used, AccuracyMetrics model) {
    }
}
