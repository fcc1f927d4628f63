package dev.frontline.training.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

import dev.frontline.shared.ui.Formats;
import dev.frontline.shared.ui.chart.Chart;
import dev.frontline.shared.ui.chart.ChartOption;
import dev.frontline.training.LearningCurves;
import dev.frontline.training.ProficiencyOnDate;
import dev.frontline.training.TrainingSupplyService;
import dev.frontline.training.engine.LearningCurve;
import dev.frontline.training.engine.LearningCurveFit;

/**
 * The learning curve in use: the weekly means of the new hires' handle time relative to experienced team-mates (the
 * points) and the fitted curve through them, with how many agents and days stand behind it and how well it fits; or,
 * without enough data, the configured curve and why.
 */
class LearningCurvePanel extends VerticalLayout {

    final Paragraph headline = new Paragraph();
    final Paragraph goodness = new Paragraph();
    final Chart chart = new Chart();

    LearningCurvePanel(TrainingSupplyService supply) {
        setId("training-curve");
        setPadding(false);
        headline.setId("training-curve-headline");
        goodness.setId("training-curve-goodness");
        chart.setId("training-curve-chart");
        chart.setWidthFull();
        chart.setHeight("320px");
        add(new H3(getTranslation("training2.curve.title")), headline, goodness, chart);
        show(supply.learningCurve());
    }

    void show(LearningCurves.InUse inUse) {
        LearningCurve curve = inUse.curve();
        double weeks = oneDecimal(curve.weeksToProficient(0.5, ProficiencyOnDate.FULL));
        String slower = Formats.percent(100 * curve.initialExtra(), 0);
        if (inUse.fit().isPresent()) {
            LearningCurveFit.Result fit = inUse.fit().get();
            headline.setText(getTranslation("training2.curve.fitted", fit.agents(), fit.agentDays(), slower, weeks));
            goodness.setText(getTranslation("training2.curve.goodness", Formats.decimal(fit.rSquared(), 2),
                    getTranslation("training2.curve.form." + curve.form().name().toLowerCase(java.util.Locale.ROOT)),
                    fit.points().size()));
        } else {
            headline.setText(getTranslation("training2.curve.configured", LearningCurveFit.MIN_AGENTS,
                    LearningCurveFit.MIN_WEEKS, weeks, slower));
            goodness.setText("");
        }
        double plateau = inUse.fit().map(LearningCurveFit.Result::plateau).orElse(1.0);
        List<String> categories = IntStream.range(0, LearningCurveFit.WEEKS)
                .mapToObj(w -> getTranslation("training2.curve.week", w + 1)).toList();
        List<Double> means = new ArrayList<>();
        List<Double> fitted = new ArrayList<>();
        for (int w = 0; w < LearningCurveFit.WEEKS; w++) {
            int week = w;
            means.add(inUse.fit().flatMap(f -> f.points().stream().filter(p -> p.week() == week).findFirst())
                    .map(p -> round(100 * p.relativeAht())).orElse(null));
            fitted.add(round(100 * plateau * curve.relativeAht(w + 0.5)));
        }
        ChartOption option = new ChartOption().categories(categories);
        int axis = option.addValueAxis(getTranslation("training2.curve.axis"));
        if (inUse.fitted()) {
            option.series(getTranslation("training2.curve.points"), ChartOption.SeriesType.BAR, means, axis);
        }
        option.series(getTranslation(inUse.fitted() ? "training2.curve.line" : "training2.curve.line-configured"),
                ChartOption.SeriesType.LINE, fitted, axis);
        chart.setOption(option);
    }

    /** Rounded for ICU plurals, which format the number themselves. */
    static double oneDecimal(double value) {
        return Math.round(value * 10) / 10.0;
    }

    private static Double round(double value) {
        return Math.round(value * 10) / 10.0;
    }
}
