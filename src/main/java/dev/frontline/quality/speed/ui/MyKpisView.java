package dev.frontline.quality.speed.ui;

import java.util.List;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

import dev.frontline.quality.speed.MyKpis;
import dev.frontline.quality.speed.SpeedQualityService;
import dev.frontline.quality.speed.engine.Measure;
import dev.frontline.quality.speed.engine.Quartiles;
import dev.frontline.quality.speed.engine.Spread;
import dev.frontline.security.Roles;
import dev.frontline.shared.ui.Formats;
import dev.frontline.shared.ui.Kpi;
import dev.frontline.shared.ui.chart.Chart;
import dev.frontline.shared.ui.chart.ChartOption;

/**
 * An agent's own speed and quality, phone-first (one column, nothing wider than 390 px): this month's figures, each
 * against the team's median and middle half, and the months before as a line inside the team's band. Only the team's
 * range is shown, never another agent's figures or name.
 */
@Route("me/kpis")
@RolesAllowed(Roles.AGENT)
@Menu(title = "speed.nav.mine", order = 5, icon = "vaadin:dashboard")
public class MyKpisView extends VerticalLayout implements HasDynamicTitle {

    private final MyKpis kpis;
    private final Chart chart = new Chart();

    public MyKpisView(SpeedQualityService service) {
        setId("my-kpis");
        addClassName("fl-phone-page");
        setPadding(true);
        kpis = service.myThisMonth();

        Paragraph period = new Paragraph(getTranslation("speed.mine.period", SpeedTexts.month(this, kpis.period().lastMonth()),
                Formats.date(kpis.period().to())));
        period.setId("my-kpis-period");
        Div cards = new Div();
        cards.setId("my-kpis-cards");
        cards.getStyle().set("display", "flex").set("flex-wrap", "wrap").set("gap", "var(--lumo-space-s)")
                .set("width", "100%");
        for (Measure m : Measure.values()) {
            cards.add(card(m));
        }
        Paragraph team = new Paragraph(kpis.teamName() == null ? getTranslation("speed.mine.no-team")
                : getTranslation("speed.mine.band-explain", kpis.teamName()));
        team.setId("my-kpis-team");
        team.addClassName("fl-muted");

        Select<Measure> measure = new Select<>();
        measure.setId("my-kpis-measure");
        measure.setLabel(getTranslation("speed.measure"));
        measure.setItems(Measure.values());
        measure.setItemLabelGenerator(m -> SpeedTexts.name(this, m));
        measure.setValue(Measure.QA);
        measure.addValueChangeListener(e -> showTrend(e.getValue()));
        chart.setId("my-kpis-trend");
        chart.setHeight("300px");
        add(new H2(getTranslation("speed.mine.title")), period, cards, team, measure, chart);
        showTrend(Measure.QA);
    }

    private Kpi card(Measure m) {
        String id = "my-kpi-" + m.parameter();
        boolean enough = kpis.enoughData().contains(m);
        Double value = kpis.mine().value(m);
        Kpi card = new Kpi(id, SpeedTexts.name(this, m), enough ? SpeedTexts.value(this, m, value) : "–",
                getTranslation("speed.mine.card.explain." + m.parameter()));
        card.getStyle().set("flex", "1 1 9em").set("min-width", "0").set("box-sizing", "border-box");
        Span range = new Span(rangeText(m));
        range.setId(id + "-range");
        range.addClassName("fl-muted");
        range.getStyle().set("display", "block");
        card.add(range);
        Span position = new Span(positionText(m, enough, value));
        position.setId(id + "-position");
        position.getStyle().set("display", "block").set("font-size", "var(--lumo-font-size-s)");
        card.add(position);
        return card;
    }

    private String rangeText(Measure m) {
        Spread s = kpis.teamRange().get(m);
        if (s == null || !s.hasBand()) {
            return getTranslation("speed.mine.range.none");
        }
        return getTranslation("speed.mine.range", SpeedTexts.value(this, m, s.quartiles().median()),
                SpeedTexts.band(this, m, s.quartiles()));
    }

    private String positionText(Measure m, boolean enough, Double value) {
        if (!enough) {
            return switch (m) {
                case AHT, FCR -> getTranslation("speed.mine.too-few.contacts", kpis.mine().contacts(), kpis.minContacts());
                case QA -> getTranslation("speed.mine.too-few.evaluations", kpis.mine().qaEvaluations(), kpis.minEvaluations());
                case CSAT -> getTranslation("speed.mine.too-few.responses", kpis.mine().surveyResponses());
            };
        }
        Spread s = kpis.teamRange().get(m);
        if (s == null || !s.hasBand()) {
            return "";
        }
        Quartiles.Position where = s.quartiles().position(value);
        String kind = m == Measure.AHT ? "speed" : "quality";
        return getTranslation("speed.mine.position." + kind + "." + where.name().toLowerCase(java.util.Locale.ROOT));
    }

    private void showTrend(Measure m) {
        List<MyKpis.Month> months = kpis.trend();
        ChartOption option = new ChartOption().categories(months.stream().map(x -> SpeedTexts.month(this, x.month())).toList());
        int axis = option.addValueAxis(SpeedTexts.name(this, m));
        option.band(getTranslation("speed.series.band"), quartile(months, m, Quartiles::p25),
                quartile(months, m, Quartiles::p75), axis, "#1f77b4", 0.15);
        option.series(getTranslation("speed.series.median"), ChartOption.SeriesType.LINE,
                quartile(months, m, Quartiles::median), axis, null, ChartOption.SeriesStyle.color("#1f77b4").withDashed());
        option.series(getTranslation("speed.series.me"), ChartOption.SeriesType.LINE,
                months.stream().map(x -> x.enoughData().contains(m) ? x.mine().value(m) : null).toList(), axis, null,
                ChartOption.SeriesStyle.color("#c62828"));
        chart.setOption(option);
    }

    private static List<Double> quartile(List<MyKpis.Month> months, Measure m,
            java.util.function.ToDoubleFunction<Quartiles> which) {
        return months.stream().map(x -> {
            Spread s = x.teamRange().get(m);
            return s != null && s.hasBand() ? which.applyAsDouble(s.quartiles()) : null;
        }).toList();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("speed.mine.title") + " | " + getTranslation("app.name");
    }
}
