package dev.frontline.forecast.ui;

import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

import dev.frontline.db.enums.AppRole;
import dev.frontline.forecast.ForecastInputException;
import dev.frontline.forecast.ForecastQueue;
import dev.frontline.forecast.LongRangeForecastResult;
import dev.frontline.forecast.LongRangeForecastService;
import dev.frontline.forecast.engine.LongRangeHistoryWeek;
import dev.frontline.forecast.engine.LongRangeMonth;
import dev.frontline.forecast.engine.LongRangeTrend;
import dev.frontline.forecast.engine.LongRangeWeek;
import dev.frontline.forecast.engine.LongRangeWeekDetail;
import dev.frontline.security.CurrentUser;
import dev.frontline.security.Roles;
import dev.frontline.shared.ui.Formats;
import dev.frontline.shared.ui.chart.Chart;
import dev.frontline.shared.ui.chart.ChartOption;
import dev.frontline.shared.ui.chart.ChartOption.SeriesStyle;

/**
 * A queue's long-range forecast for capacity planning (issue 17, item 3): 78 weeks of volume with widening 80/95 %
 * bands after the last year of history, a weekly or monthly grid, the model's explanation, and the planner's
 * overrides. Clicking a point or a row says how its figure was made. Planners edit overrides; HR reads.
 */
@Route("forecast/long-range")
@RolesAllowed({Roles.PLANNER, Roles.HR})
@Menu(title = "longrange.nav", order = 2.5, icon = "vaadin:calendar-o")
public class LongRangeView extends VerticalLayout implements HasDynamicTitle {

    /** How far back the chart shows history next to the forecast. */
    static final int HISTORY_WEEKS_SHOWN = 52;

    enum Grain { WEEKS, MONTHS }

    private final LongRangeForecastService service;
    private final ComboBox<ForecastQueue> queue = new ComboBox<>();
    private final IntegerField weeks = new IntegerField();
    private final RadioButtonGroup<LongRangeTrend> trend = new RadioButtonGroup<>();
    private final RadioButtonGroup<Grain> grain = new RadioButtonGroup<>();
    private final Paragraph error = new Paragraph();
    private final VerticalLayout resultArea = new VerticalLayout();
    private final Chart chart = new Chart();
    private final Div point = new Div();
    private final Grid<Integer> weekGrid = new Grid<>();
    private final Grid<LongRangeMonth> monthGrid = new Grid<>();
    private final Div explanation = new Div();
    private final LongRangeOverridesPanel overrides;
    private final List<String> categoryKinds = new ArrayList<>();
    private LongRangeForecastResult shown;

    public LongRangeView(LongRangeForecastService service, CurrentUser currentUser) {
        this.service = service;
        setId("longrange-view");
        boolean planner = currentUser.get().map(u -> u.role() == AppRole.PLANNER).orElse(false);
        overrides = new LongRangeOverridesPanel(service, planner, this::reload);

        queue.setId("longrange-queue");
        queue.setLabel(getTranslation("forecast.queue"));
        queue.setItemLabelGenerator(ForecastQueue::label);
        queue.setWidth("24em");
        queue.setItems(service.queues().stream().filter(ForecastQueue::hasHistory).toList());
        queue.addValueChangeListener(e -> reload());
        weeks.setId("longrange-weeks");
        weeks.setLabel(getTranslation("longrange.weeks"));
        weeks.setMin(1);
        weeks.setMax(LongRangeForecastService.MAX_WEEKS);
        weeks.setStepButtonsVisible(true);
        weeks.setValue(LongRangeForecastService.MAX_WEEKS);
        weeks.addValueChangeListener(e -> reload());
        trend.setId("longrange-trend");
        trend.setLabel(getTranslation("longrange.trend"));
        trend.setItems(LongRangeTrend.values());
        trend.setItemLabelGenerator(t -> getTranslation("longrange.trend.choice." + t.name().toLowerCase()));
        trend.setValue(LongRangeTrend.DAMPED);
        trend.addValueChangeListener(e -> reload());
        grain.setId("longrange-grain");
        grain.setLabel(getTranslation("longrange.grain"));
        grain.setItems(Grain.values());
        grain.setItemLabelGenerator(g -> getTranslation("longrange.grain." + g.name().toLowerCase()));
        grain.setValue(Grain.WEEKS);
        grain.addValueChangeListener(e -> showGrain());
        HorizontalLayout controls = new HorizontalLayout(queue, weeks, trend, grain);
        controls.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        controls.setWrap(true);
        error.setId("longrange-error");
        error.getStyle().set("color", "var(--lumo-error-text-color)");

        chart.setId("longrange-chart");
        chart.setHeight("420px");
        chart.setWidthFull();
        chart.addClickListener(click -> explainCategory(click.category()));
        point.setId("longrange-point");
        point.setText(getTranslation("longrange.point.hint"));
        buildWeekGrid();
        buildMonthGrid();
        explanation.setId("longrange-explanation");

        resultArea.setPadding(false);
        resultArea.add(chart, point, weekGrid, monthGrid, new H3(getTranslation("longrange.explanation")), explanation);
        resultArea.setVisible(false);
        overrides.setVisible(false);
        add(new H2(getTranslation("longrange.title")), new Paragraph(getTranslation(planner ? "longrange.intro.planner"
                : "longrange.intro.reader")), controls, error, resultArea, overrides);
    }

    /** Shows a queue's forecast, as a planner or HR would pick it. */
    void select(ForecastQueue q) {
        queue.setValue(q);
    }

    private void buildWeekGrid() {
        weekGrid.setId("longrange-weeks-grid");
        weekGrid.setAllRowsVisible(false);
        weekGrid.setHeight("24em");
        weekGrid.addColumn(i -> Formats.date(week(i).weekStart())).setHeader(getTranslation("longrange.col.week")).setAutoWidth(true);
        weekGrid.addColumn(i -> shown.details().get(i).lead()).setHeader(getTranslation("longrange.col.lead")).setAutoWidth(true);
        weekGrid.addColumn(i -> Formats.integer(Math.round(week(i).volume()))).setHeader(getTranslation("longrange.col.volume")).setAutoWidth(true);
        weekGrid.addColumn(i -> range(week(i).lower80(), week(i).upper80())).setHeader(getTranslation("longrange.col.band80")).setAutoWidth(true);
        weekGrid.addColumn(i -> range(week(i).lower95(), week(i).upper95())).setHeader(getTranslation("longrange.col.band95")).setAutoWidth(true);
        weekGrid.addColumn(i -> Formats.decimal(week(i).ahtSeconds(), 0)).setHeader(getTranslation("longrange.col.aht")).setAutoWidth(true);
        weekGrid.addColumn(i -> range(shown.details().get(i).ahtLower80(), shown.details().get(i).ahtUpper80()))
                .setHeader(getTranslation("longrange.col.aht-band80")).setAutoWidth(true);
        weekGrid.addColumn(i -> signedPercent(shown.details().get(i).seasonalPercent())).setHeader(getTranslation("longrange.col.season")).setAutoWidth(true);
        weekGrid.addColumn(i -> {
            LongRangeWeekDetail d = shown.details().get(i);
            return d.reasons().isEmpty() ? "" : signedPercent(d.volumeOverridePercent()) + " – " + String.join("; ", d.reasons());
        }).setHeader(getTranslation("longrange.col.overrides")).setFlexGrow(1);
        weekGrid.addItemClickListener(e -> point.setText(shown.explainWeek(e.getItem()).render(getLocale())));
    }

    private void buildMonthGrid() {
        monthGrid.setId("longrange-months-grid");
        monthGrid.setAllRowsVisible(true);
        monthGrid.addColumn(this::monthLabel).setHeader(getTranslation("longrange.col.month")).setAutoWidth(true);
        monthGrid.addColumn(m -> Formats.integer(Math.round(m.volume()))).setHeader(getTranslation("longrange.col.volume")).setAutoWidth(true);
        monthGrid.addColumn(m -> range(m.lower80(), m.upper80())).setHeader(getTranslation("longrange.col.band80")).setAutoWidth(true);
        monthGrid.addColumn(m -> range(m.lower95(), m.upper95())).setHeader(getTranslation("longrange.col.band95")).setAutoWidth(true);
        monthGrid.addColumn(m -> Formats.decimal(m.ahtSeconds(), 0)).setHeader(getTranslation("longrange.col.aht")).setAutoWidth(true);
        monthGrid.addColumn(m -> range(m.ahtLower80(), m.ahtUpper80())).setHeader(getTranslation("longrange.col.aht-band80"))
                .setAutoWidth(true);
        monthGrid.addItemClickListener(e -> point.setText(explainMonth(e.getItem())));
    }

    private void reload() {
        error.setText("");
        weeks.setInvalid(false);
        ForecastQueue q = queue.getValue();
        if (q == null) {
            shown = null;
            resultArea.setVisible(false);
            overrides.setVisible(false);
            return;
        }
        int horizon = weeks.getValue() == null ? LongRangeForecastService.MAX_WEEKS : weeks.getValue();
        try {
            shown = service.forecast(q.code(), horizon, trend.getValue());
        } catch (ForecastInputException e) {
            ForecastTexts.markField(this, e, new ForecastTexts.FieldRef("weeks", weeks));
            error.setText(ForecastTexts.message(this, e));
            shown = null;
            resultArea.setVisible(false);
            overrides.show(q.code(), List.of());
            overrides.setVisible(true);
            return;
        }
        resultArea.setVisible(true);
        weekGrid.setItems(java.util.stream.IntStream.range(0, shown.weeks().size()).boxed().toList());
        monthGrid.setItems(shown.months());
        showExplanation();
        showGrain();
        point.setText(getTranslation("longrange.point.hint"));
        overrides.show(q.code(), shown.overrides());
        overrides.setVisible(true);
    }

    private void showGrain() {
        if (shown == null) {
            return;
        }
        boolean monthly = grain.getValue() == Grain.MONTHS;
        weekGrid.setVisible(!monthly);
        monthGrid.setVisible(monthly);
        drawChart(monthly);
    }

    private void drawChart(boolean monthly) {
        categoryKinds.clear();
        List<String> categories = new ArrayList<>();
        List<Double> actual = new ArrayList<>();
        List<Double> model = new ArrayList<>();
        List<Double> forecast = new ArrayList<>();
        List<Double> lower80 = new ArrayList<>();
        List<Double> upper80 = new ArrayList<>();
        List<Double> lower95 = new ArrayList<>();
        List<Double> upper95 = new ArrayList<>();
        String firstForecast;
        if (monthly) {
            for (LongRangeMonth m : shown.months()) {
                categories.add(monthLabel(m));
                categoryKinds.add("m" + (categoryKinds.size()));
                actual.add(null);
                model.add(null);
                forecast.add(m.volume());
                lower80.add(m.lower80());
                upper80.add(m.upper80());
                lower95.add(m.lower95());
                upper95.add(m.upper95());
            }
            firstForecast = categories.isEmpty() ? null : categories.get(0);
        } else {
            List<LongRangeHistoryWeek> history = shown.forecast().history();
            for (int i = Math.max(0, history.size() - HISTORY_WEEKS_SHOWN); i < history.size(); i++) {
                LongRangeHistoryWeek h = history.get(i);
                categories.add(Formats.shortDate(h.weekStart()));
                categoryKinds.add("h" + i);
                actual.add(h.gap() ? null : h.volume());
                for (List<Double> l : List.of(model, forecast, lower80, upper80, lower95, upper95)) {
                    l.add(null);
                }
            }
            firstForecast = null;
            for (int i = 0; i < shown.weeks().size(); i++) {
                LongRangeWeek w = shown.weeks().get(i);
                String label = Formats.shortDate(w.weekStart());
                if (firstForecast == null) {
                    firstForecast = label;
                }
                categories.add(label);
                categoryKinds.add("w" + i);
                actual.add(null);
                model.add(shown.details().get(i).modelVolume());
                forecast.add(w.volume());
                lower80.add(w.lower80());
                upper80.add(w.upper80());
                lower95.add(w.lower95());
                upper95.add(w.upper95());
            }
        }
        ChartOption option = new ChartOption().categories(categories);
        int axis = option.addValueAxis(getTranslation(monthly ? "longrange.chart.axis.month" : "longrange.chart.axis.week"));
        option.band(getTranslation("forecast.chart.band95"), lower95, upper95, axis, "#5470c6", 0.12);
        option.band(getTranslation("forecast.chart.band80"), lower80, upper80, axis, "#5470c6", 0.22);
        if (!monthly) {
            option.series(getTranslation("forecast.chart.actual"), ChartOption.SeriesType.LINE, actual, axis, null,
                    SeriesStyle.color("#333333"));
            option.series(getTranslation("longrange.chart.model"), ChartOption.SeriesType.LINE, model, axis, null,
                    SeriesStyle.color("#5470c6").withDashed());
        }
        option.series(getTranslation("longrange.chart.forecast"), ChartOption.SeriesType.LINE, forecast, axis, null,
                SeriesStyle.color("#ee6666"));
        if (firstForecast != null && !monthly) {
            option.marker(firstForecast, getTranslation("forecast.chart.starts"));
        }
        chart.setOption(option);
    }

    /** Says how the figure under the pointer was made. */
    void explainCategory(String category) {
        if (shown == null) {
            return;
        }
        List<String> labels = new ArrayList<>();
        if (grain.getValue() == Grain.MONTHS) {
            shown.months().forEach(m -> labels.add(monthLabel(m)));
        } else {
            List<LongRangeHistoryWeek> history = shown.forecast().history();
            for (int i = Math.max(0, history.size() - HISTORY_WEEKS_SHOWN); i < history.size(); i++) {
                labels.add(Formats.shortDate(history.get(i).weekStart()));
            }
            shown.weeks().forEach(w -> labels.add(Formats.shortDate(w.weekStart())));
        }
        int index = labels.indexOf(category);
        if (index < 0 || index >= categoryKinds.size()) {
            return;
        }
        String kind = categoryKinds.get(index);
        int i = Integer.parseInt(kind.substring(1));
        point.setText(switch (kind.charAt(0)) {
            case 'w' -> shown.explainWeek(i).render(getLocale());
            case 'm' -> explainMonth(shown.months().get(i));
            default -> {
                LongRangeHistoryWeek h = shown.forecast().history().get(i);
                yield getTranslation(h.gap() ? "longrange.point.history-gap" : "longrange.point.history", Formats.date(h.weekStart()),
                        Math.round(h.volume()), Math.round(h.ahtSeconds()));
            }
        });
    }

    private String explainMonth(LongRangeMonth m) {
        return getTranslation(m.partial() ? "longrange.point.month-partial" : "longrange.point.month", monthLabel(m),
                Math.round(m.volume()), Math.round(m.lower80()), Math.round(m.upper80()), Math.round(m.lower95()),
                Math.round(m.upper95()), Math.round(m.ahtSeconds()), m.days());
    }

    private void showExplanation() {
        var e = shown.explanation();
        explanation.removeAll();
        UnorderedList notes = new UnorderedList();
        notes.setId("longrange-notes");
        e.notes().forEach(n -> notes.add(new ListItem(n.render(getLocale()))));
        explanation.add(new Paragraph(getTranslation("longrange.explain.model", e.model().render(getLocale()))),
                new Paragraph(getTranslation("longrange.explain.history", Formats.date(e.historyFrom()), Formats.date(e.historyTo()),
                        e.historyWeeks())),
                new Paragraph(getTranslation("longrange.explain.intervals", e.intervals().render(getLocale()))),
                new Paragraph(getTranslation("longrange.explain.aht", e.aht().render(getLocale()))),
                notes);
    }

    /** The first days of the weeks shown, for tests that click a week. */
    List<java.time.LocalDate> shownWeeks() {
        return shown == null ? List.of() : shown.weeks().stream().map(LongRangeWeek::weekStart).toList();
    }

    private LongRangeWeek week(int index) {
        return shown.weeks().get(index);
    }

    private String monthLabel(LongRangeMonth m) {
        String name = m.month().getMonth().getDisplayName(TextStyle.FULL_STANDALONE, getLocale()) + " " + m.month().getYear();
        return m.partial() ? getTranslation("longrange.month.partial", name, m.days()) : name;
    }

    private static String range(double lower, double upper) {
        return Formats.integer(Math.round(lower)) + "–" + Formats.integer(Math.round(upper));
    }

    private static String signedPercent(double value) {
        return Formats.percent(value, 1);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("longrange.title") + " | " + getTranslation("app.name");
    }
}
