package dev.frontline.attrition.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;

import jakarta.annotation.security.RolesAllowed;

import dev.frontline.attrition.AttritionService;
import dev.frontline.attrition.engine.Dimension;
import dev.frontline.attrition.engine.GroupSurvival;
import dev.frontline.attrition.engine.SurvivalAnalysis;
import dev.frontline.attrition.engine.SurvivalCurve;
import dev.frontline.security.Roles;
import dev.frontline.shared.ui.CsvExport;
import dev.frontline.shared.ui.Formats;
import dev.frontline.shared.ui.chart.Chart;
import dev.frontline.shared.ui.chart.ChartOption;

/**
 * Kaplan–Meier survival of tenure per group with 95 % bands, the log-rank test between the groups, the groups too
 * small for a curve with the reason, and the product-limit table behind the chart.
 */
@Route("attrition/survival")
@RolesAllowed({Roles.HR, Roles.PLANNER})
public class SurvivalView extends VerticalLayout implements HasDynamicTitle {

    /** The chart reads S(t) at the start of each tenure month up to five years. */
    static final int CHART_MONTHS = 60;
    private static final double DAYS_PER_MONTH = 365.25 / 12;

    private final AttritionService attrition;
    private final Select<Dimension> by = new Select<>();
    private final Chart chart = new Chart();
    private final Paragraph logRank = new Paragraph();
    private final Div verdicts = new Div();
    private final Grid<Row> grid = new Grid<>();
    private List<Row> rows = List.of();

    /** One step of one group's curve, as the grid and the CSV show it. */
    record Row(String group, SurvivalCurve.Step step) {
    }

    public SurvivalView(AttritionService attrition) {
        this.attrition = attrition;
        setId("attrition-survival");
        by.setId("survival-by");
        by.setLabel(getTranslation("attrition.survival.by"));
        by.setItems(Dimension.values());
        by.setItemLabelGenerator(d -> getTranslation("attrition.by." + d.parameter()));
        by.setValue(Dimension.SITE);
        by.addValueChangeListener(e -> show(e.getValue()));
        chart.setId("survival-chart");
        logRank.setId("survival-logrank");
        verdicts.setId("survival-verdicts");
        grid.setId("survival-grid");
        grid.addColumn(Row::group).setHeader(getTranslation("attrition.col.group"));
        grid.addColumn(r -> Formats.integer((long) r.step().time())).setHeader(getTranslation("attrition.col.tenure-days"));
        grid.addColumn(r -> r.step().atRisk()).setHeader(getTranslation("attrition.col.at-risk"));
        grid.addColumn(r -> r.step().events()).setHeader(getTranslation("attrition.col.exits"));
        grid.addColumn(r -> Formats.decimal(r.step().survival(), 3)).setHeader(getTranslation("attrition.col.survival"));
        grid.addColumn(r -> Double.isNaN(r.step().standardError()) ? "–" : Formats.decimal(r.step().standardError(), 4))
                .setHeader(getTranslation("attrition.col.se"));
        grid.addColumn(r -> Formats.decimal(r.step().lower(), 3) + " – " + Formats.decimal(r.step().upper(), 3))
                .setHeader(getTranslation("attrition.col.band"));
        grid.setHeight("360px");
        Anchor csv = CsvExport.link("survival-csv", getTranslation("attrition.csv"), "survival.csv",
                List.of("group", "tenure_days", "at_risk", "exits", "survival", "standard_error", "lower_95", "upper_95"),
                () -> rows.stream().map(r -> List.of(r.group(), Csv.number(r.step().time(), 0),
                        Integer.toString(r.step().atRisk()), Integer.toString(r.step().events()),
                        Csv.number(r.step().survival(), 5), Csv.number(r.step().standardError(), 5),
                        Csv.number(r.step().lower(), 5), Csv.number(r.step().upper(), 5))).toList());
        add(new RouterLink(getTranslation("attrition.back"), AttritionHomeView.class),
                new H2(getTranslation("attrition.survival.title")),
                new Paragraph(getTranslation("attrition.survival.explain")), by, chart, logRank, verdicts, grid, csv);
        show(Dimension.SITE);
    }

    private void show(Dimension dimension) {
        SurvivalAnalysis.Result result = attrition.survival(dimension);
        List<String> months = new ArrayList<>();
        for (int m = 0; m <= CHART_MONTHS; m++) {
            months.add(Integer.toString(m));
        }
        ChartOption option = new ChartOption().categories(months);
        int axis = option.addValueAxis(getTranslation("attrition.axis.survival"));
        verdicts.removeAll();
        List<Row> table = new ArrayList<>();
        for (GroupSurvival group : result.groups()) {
            if (!group.hasCurve()) {
                Paragraph verdict = new Paragraph(getTranslation("attrition.survival.verdict." + group.verdict().name()
                        .toLowerCase(Locale.ROOT), label(group.group()), group.agents(), SurvivalAnalysis.MIN_AGENTS));
                verdict.addClassName("survival-verdict");
                verdicts.add(verdict);
                continue;
            }
            SurvivalCurve curve = group.curve();
            List<Double> survival = new ArrayList<>();
            List<Double> lower = new ArrayList<>();
            List<Double> upper = new ArrayList<>();
            for (int m = 0; m <= CHART_MONTHS; m++) {
                double t = m * DAYS_PER_MONTH;
                // the curve says nothing past the longest tenure observed in the group
                boolean known = t <= curve.longestFollowUp();
                survival.add(known ? curve.survivalAt(t) : null);
                SurvivalCurve.Step step = stepAt(curve, t);
                lower.add(known ? (step == null ? 1.0 : step.lower()) : null);
                upper.add(known ? (step == null ? 1.0 : step.upper()) : null);
            }
            option.series(label(group.group()), ChartOption.SeriesType.LINE, survival, axis);
            option.band(label(group.group()) + " " + getTranslation("attrition.band"), lower, upper, axis, null, 0.12);
            curve.steps().forEach(s -> table.add(new Row(label(group.group()), s)));
        }
        chart.setOption(option);
        rows = List.copyOf(table);
        grid.setItems(rows);
        logRank.setText(result.logRank().map(t -> getTranslation("attrition.survival.logrank",
                        Formats.decimal(t.chiSquare(), 2), t.degreesOfFreedom(), Formats.decimal(t.pValue(), 4),
                        t.pValue() < 0.05 ? getTranslation("attrition.survival.logrank.differ")
                                : getTranslation("attrition.survival.logrank.alike")))
                .orElse(getTranslation("attrition.survival.logrank.none")));
    }

    /** A group's name as shown: the one group the application names itself is worded in the user's language. */
    private String label(String group) {
        return Dimension.NONE_RECORDED.equals(group) ? getTranslation("attrition.path.none") : group;
    }

    private static SurvivalCurve.Step stepAt(SurvivalCurve curve, double time) {
        SurvivalCurve.Step last = null;
        for (SurvivalCurve.Step step : curve.steps()) {
            if (step.time() > time) {
                break;
            }
            last = step;
        }
        return last;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("attrition.survival.title") + " | " + getTranslation("app.name");
    }
}
