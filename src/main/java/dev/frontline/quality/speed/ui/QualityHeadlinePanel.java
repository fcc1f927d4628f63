package dev.frontline.quality.speed.ui;

import java.util.List;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.RouterLink;

import dev.frontline.quality.speed.QualityHeadline;
import dev.frontline.quality.speed.SpeedQualityService;
import dev.frontline.quality.speed.engine.KpiFigures;
import dev.frontline.quality.speed.engine.Measure;
import dev.frontline.shared.ui.Formats;
import dev.frontline.shared.ui.Kpi;
import dev.frontline.shared.ui.chart.Chart;
import dev.frontline.shared.ui.chart.ChartOption;

/**
 * The centre's quality headline for HR's start page: QA, FCR, CSAT and AHT this month against last month, their
 * twelve-month trend, and links to speed and quality and to plan against actual.
 */
public class QualityHeadlinePanel extends VerticalLayout {

    /** The plan-against-actual page's route (dev.frontline.quality.planactual). */
    static final String PLAN_VS_ACTUAL_ROUTE = "plan-vs-actual";

    public QualityHeadlinePanel(SpeedQualityService service) {
        setId("quality-headline");
        setPadding(false);
        QualityHeadline headline = service.headline();
        add(new H3(getTranslation("speed.headline.title")));
        if (!headline.recorded()) {
            Paragraph none = new Paragraph(getTranslation("speed.headline.none"));
            none.setId("quality-headline-none");
            add(none, links());
        } else {
            Paragraph month = new Paragraph(getTranslation("speed.headline.month", SpeedTexts.month(this, headline.month()),
                    Formats.date(headline.lastDay())));
            month.setId("quality-headline-month");
            FlexLayout kpis = new FlexLayout();
            kpis.setFlexWrap(FlexLayout.FlexWrap.WRAP);
            kpis.getStyle().set("gap", "var(--lumo-space-m)");
            for (Measure m : List.of(Measure.QA, Measure.FCR, Measure.CSAT, Measure.AHT)) {
                kpis.add(kpi(m, headline.thisMonth(), headline.lastMonth()));
            }
            add(month, kpis, links(), trend(headline));
        }
    }

    private HorizontalLayout links() {
        RouterLink speed = new RouterLink(getTranslation("speed.headline.link.speed"), SpeedQualityView.class);
        speed.setId("quality-link-speed");
        Anchor planActual = new Anchor(PLAN_VS_ACTUAL_ROUTE, getTranslation("speed.headline.link.plan-actual"));
        planActual.setId("quality-link-plan-actual");
        HorizontalLayout links = new HorizontalLayout(speed, planActual);
        links.setId("quality-links");
        return links;
    }

    private Kpi kpi(Measure m, KpiFigures now, KpiFigures before) {
        Double value = now.value(m);
        Double previous = before.value(m);
        String id = "quality-kpi-" + m.parameter();
        Kpi kpi = new Kpi(id, SpeedTexts.name(this, m), SpeedTexts.value(this, m, value),
                getTranslation("speed.headline.explain." + m.parameter()));
        String change;
        if (value == null || previous == null) {
            change = getTranslation("speed.headline.no-previous");
        } else {
            double delta = value - previous;
            int decimals = m == Measure.AHT ? 0 : m == Measure.CSAT ? 2 : 1;
            // a change that the shown precision rounds away reads "as last month", never "down 0.0"
            boolean same = Math.round(Math.abs(delta) * Math.pow(10, decimals)) == 0;
            String direction = same ? "same" : delta > 0 ? "up" : "down";
            change = getTranslation("speed.headline.change." + direction, SpeedTexts.value(this, m, previous),
                    m == Measure.AHT ? getTranslation("speed.unit.seconds", Formats.integer(Math.round(Math.abs(delta))))
                            : Formats.decimal(Math.abs(delta), decimals));
        }
        Paragraph line = new Paragraph(change);
        line.setId(id + "-change");
        line.addClassName("fl-muted");
        line.getStyle().set("margin", "0");
        kpi.add(line);
        return kpi;
    }

    private Chart trend(QualityHeadline headline) {
        List<QualityHeadline.MonthFigures> months = headline.trend();
        ChartOption option = new ChartOption().categories(months.stream().map(m -> SpeedTexts.month(this, m.month())).toList());
        int percent = option.addValueAxis(getTranslation("speed.axis.score"));
        int seconds = option.addValueAxis(getTranslation("speed.axis.aht"));
        option.series(SpeedTexts.name(this, Measure.QA), ChartOption.SeriesType.LINE,
                months.stream().map(m -> m.figures().qaScore()).toList(), percent);
        option.series(SpeedTexts.name(this, Measure.FCR), ChartOption.SeriesType.LINE,
                months.stream().map(m -> m.figures().fcrPercent()).toList(), percent);
        option.series(SpeedTexts.name(this, Measure.AHT), ChartOption.SeriesType.LINE,
                months.stream().map(m -> m.figures().ahtSeconds()).toList(), seconds, null,
                ChartOption.SeriesStyle.color("#555555").withDashed());
        Chart chart = new Chart();
        chart.setId("quality-headline-trend");
        chart.setHeight("280px");
        chart.setOption(option);
        return chart;
    }
}
