package dev.frontline.forecast.ui;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;

import dev.frontline.forecast.ActualPoint;
import dev.frontline.forecast.ForecastDetail;
import dev.frontline.forecast.ForecastPoint;
import dev.frontline.forecast.engine.IntervalForecast;
import dev.frontline.shared.ui.Formats;
import dev.frontline.shared.ui.chart.Chart;
import dev.frontline.shared.ui.chart.ChartOption.SeriesStyle;
import dev.frontline.shared.ui.chart.ChartOption;

/**
 * Recent history, the model and the adjusted forecast with their 80 and 95 % intervals, zoomed to a day, a week or
 * the whole horizon. Clicking a point says where it comes from.
 */
class ForecastChartPanel extends VerticalLayout {

    enum Zoom { DAY, WEEK, ALL }

    private final Chart chart = new Chart();
    private final RadioButtonGroup<Zoom> zoom = new RadioButtonGroup<>();
    private final DatePicker focusDay = new DatePicker();
    private final Div explanation = new Div();
    private final Map<String, Instant> instantByCategory = new HashMap<>();
    private final List<LocalDate> categoryDays = new ArrayList<>();
    private ForecastDetail detail;
    private Map<Instant, ForecastPoint> forecastAt = Map.of();
    private Map<Instant, ActualPoint> actualAt = Map.of();

    ForecastChartPanel() {
        setPadding(false);
        chart.setId("forecast-chart");
        chart.setHeight("420px");
        chart.addClickListener(click -> explain(click.category()));
        zoom.setId("forecast-zoom");
        zoom.setLabel(getTranslation("forecast.chart.zoom"));
        zoom.setItems(Zoom.values());
        zoom.setItemLabelGenerator(z -> getTranslation("forecast.chart.zoom." + z.name().toLowerCase()));
        zoom.setValue(Zoom.WEEK);
        zoom.addValueChangeListener(e -> redraw());
        focusDay.setId("forecast-zoom-day");
        focusDay.setLabel(getTranslation("forecast.chart.focus-day"));
        focusDay.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                redraw();
            }
        });
        explanation.setId("forecast-point");
        explanation.setText(getTranslation("forecast.point.hint"));
        HorizontalLayout controls = new HorizontalLayout(zoom, focusDay);
        controls.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        add(controls, chart, explanation);
    }

    void show(ForecastDetail shown) {
        this.detail = shown;
        Map<Instant, ForecastPoint> forecasts = new LinkedHashMap<>();
        shown.points().forEach(p -> forecasts.put(p.start(), p));
        Map<Instant, ActualPoint> actuals = new LinkedHashMap<>();
        shown.history().forEach(a -> actuals.put(a.start(), a));
        this.forecastAt = forecasts;
        this.actualAt = actuals;
        focusDay.setMin(shown.version().horizonStart().minusDays(14));
        focusDay.setMax(shown.version().lastDay());
        focusDay.setValue(shown.version().horizonStart());
        explanation.setText(getTranslation("forecast.point.hint"));
        redraw();
    }

    Chart chart() {
        return chart;
    }

    private void redraw() {
        if (detail == null) {
            return;
        }
        ZoneId zone = detail.queue().zone();
        TreeSet<Instant> instants = new TreeSet<>(forecastAt.keySet());
        instants.addAll(actualAt.keySet());
        List<String> categories = new ArrayList<>();
        instantByCategory.clear();
        categoryDays.clear();
        for (Instant t : instants) {
            String label = label(t, zone);
            if (instantByCategory.containsKey(label)) {
                // the repeated hour of an autumn DST day: tell the two passes apart by their UTC offset
                label = label + " (" + t.atZone(zone).getOffset() + ")";
            }
            instantByCategory.put(label, t);
            categories.add(label);
            categoryDays.add(t.atZone(zone).toLocalDate());
        }
        List<Double> actual = new ArrayList<>();
        List<Double> model = new ArrayList<>();
        List<Double> adjusted = new ArrayList<>();
        List<Double> lower80 = new ArrayList<>();
        List<Double> upper80 = new ArrayList<>();
        List<Double> lower95 = new ArrayList<>();
        List<Double> upper95 = new ArrayList<>();
        for (Instant t : instants) {
            ActualPoint a = actualAt.get(t);
            actual.add(a == null ? null : a.offered());
            ForecastPoint p = forecastAt.get(t);
            IntervalForecast f = p == null ? null : p.adjusted();
            model.add(p == null ? null : p.model().offered());
            adjusted.add(f == null ? null : f.offered());
            lower80.add(f == null ? null : f.lower80());
            upper80.add(f == null ? null : f.upper80());
            lower95.add(f == null ? null : f.lower95());
            upper95.add(f == null ? null : f.upper95());
        }
        ChartOption option = new ChartOption().categories(categories);
        int axis = option.addValueAxis(getTranslation("forecast.chart.axis", detail.version().grainMinutes(), zone.getId()));
        option.band(getTranslation("forecast.chart.band95"), lower95, upper95, axis, "#5470c6", 0.12);
        option.band(getTranslation("forecast.chart.band80"), lower80, upper80, axis, "#5470c6", 0.22);
        option.series(getTranslation("forecast.chart.actual"), ChartOption.SeriesType.LINE, actual, axis, null,
                SeriesStyle.color("#333333"));
        option.series(getTranslation("forecast.chart.model"), ChartOption.SeriesType.LINE, model, axis, null,
                SeriesStyle.color("#5470c6").withDashed());
        option.series(getTranslation("forecast.chart.adjusted"), ChartOption.SeriesType.LINE, adjusted, axis, null,
                SeriesStyle.color("#ee6666"));
        forecastAt.keySet().stream().findFirst().ifPresent(first ->
                option.marker(categories.get(instants.headSet(first).size()), getTranslation("forecast.chart.starts")));
        int[] window = window();
        option.withZoom(window[0], window[1]);
        chart.setOption(option);
    }

    /** Category indices of the zoom window around the focus day. */
    private int[] window() {
        if (zoom.getValue() == Zoom.ALL || categoryDays.isEmpty()) {
            return new int[] {0, Math.max(0, categoryDays.size() - 1)};
        }
        LocalDate from = focusDay.getValue() == null ? detail.version().horizonStart() : focusDay.getValue();
        LocalDate to = from.plusDays(zoom.getValue() == Zoom.DAY ? 1 : 7);
        int first = -1;
        int last = -1;
        for (int i = 0; i < categoryDays.size(); i++) {
            LocalDate d = categoryDays.get(i);
            if (!d.isBefore(from) && d.isBefore(to)) {
                first = first < 0 ? i : first;
                last = i;
            }
        }
        return first < 0 ? new int[] {0, categoryDays.size() - 1} : new int[] {first, last};
    }

    /** Says where the number under the pointer comes from. */
    void explain(String category) {
        Instant t = instantByCategory.get(category);
        if (t == null || detail == null) {
            return;
        }
        ForecastPoint p = forecastAt.get(t);
        ActualPoint a = actualAt.get(t);
        StringBuilder text = new StringBuilder();
        if (p != null) {
            IntervalForecast m = p.model();
            text.append(getTranslation("forecast.point.model", category,
                    ForecastTexts.model(detail.version().method(), getLocale()),
                    ForecastTexts.contacts(m.offered()), ForecastTexts.contacts(m.lower80()), ForecastTexts.contacts(m.upper80()),
                    ForecastTexts.contacts(m.lower95()), ForecastTexts.contacts(m.upper95()), Formats.decimal(m.ahtSeconds(), 0),
                    detail.version().id(), detail.queue().zone().getId()));
            text.append(' ');
            if (p.isAdjusted()) {
                IntervalForecast f = p.adjusted();
                text.append(getTranslation("forecast.point.adjusted", ForecastTexts.contacts(f.offered()),
                        ForecastTexts.contacts(f.lower80()), ForecastTexts.contacts(f.upper80()),
                        String.join("; ", p.adjustedBy())));
            } else {
                text.append(getTranslation("forecast.point.not-adjusted"));
            }
            if (a != null) {
                text.append(' ').append(getTranslation("forecast.point.actual", ForecastTexts.contacts(a.offered())));
            }
        } else if (a != null) {
            text.append(getTranslation("forecast.point.history", category, ForecastTexts.contacts(a.offered()),
                    detail.version().grainMinutes(), detail.queue().zone().getId()));
        }
        explanation.setText(text.toString());
    }

    private static String label(Instant t, ZoneId zone) {
        var local = t.atZone(zone);
        return java.time.format.DateTimeFormatter.ofPattern("EEE", Formats.locale()).format(local) + " "
                + Formats.shortDate(local.toLocalDate()) + " " + ForecastTexts.time(local.toLocalTime());
    }
}
