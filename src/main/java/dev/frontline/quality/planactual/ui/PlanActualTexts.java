package dev.frontline.quality.planactual.ui;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import com.vaadin.flow.component.Component;

import dev.frontline.quality.planactual.PlanActualPeriod;
import dev.frontline.quality.planactual.PlanQueue;
import dev.frontline.quality.planactual.engine.GapReason;
import dev.frontline.quality.planactual.engine.Measure;
import dev.frontline.quality.planactual.engine.ServiceGap;
import dev.frontline.shared.ui.Formats;

/** Words a period's figures and its gap explanation from the bundles, in the planner's language. */
final class PlanActualTexts {

    private PlanActualTexts() {
    }

    /** "2 Nov", or "2 Nov 2025" outside the current year. */
    static String day(LocalDate date) {
        String pattern = date.getYear() == LocalDate.now().getYear() ? "d MMM" : "d MMM yyyy";
        return DateTimeFormatter.ofPattern(pattern, Formats.locale()).format(date);
    }

    static String weekLabel(Component c, LocalDate monday) {
        return c.getTranslation("planactual.week-of", day(monday));
    }

    static String dayLabel(LocalDate date) {
        return DateTimeFormatter.ofPattern("EEE d MMM", Formats.locale()).format(date);
    }

    static String service(Measure measure, double value) {
        if (Double.isNaN(value)) {
            return "–";
        }
        return measure == Measure.SERVICE_LEVEL ? Formats.percent(value, 0) : Formats.decimal(value, 1);
    }

    static String goal(Component c, Measure measure, double goal) {
        return Double.isNaN(goal) ? "–" : measure == Measure.SERVICE_LEVEL ? Formats.percent(goal, 0)
                : c.getTranslation("planactual.hours", Formats.decimal(goal, 0));
    }

    static String number(double value, int digits) {
        return Double.isNaN(value) ? "–" : Formats.decimal(value, digits);
    }

    static String signedPercent(double value) {
        if (Double.isNaN(value)) {
            return "–";
        }
        return (value > 0 ? "+" : "") + Formats.percent(value, 1);
    }

    /** The explanation of a period, without the period and queue in front (for a grid cell). */
    static String explanation(Component c, Measure measure, PlanActualPeriod p) {
        ServiceGap gap = p.gap();
        if (gap == null) {
            return c.getTranslation("planactual.no-plan");
        }
        String headline = measure == Measure.SERVICE_LEVEL
                ? c.getTranslation("planactual.sentence.sl", Formats.percent(gap.achievedOrModelled(), 0), Formats.percent(gap.goal(), 0))
                : c.getTranslation("planactual.sentence.response", Formats.decimal(gap.achievedOrModelled(), 1),
                        Formats.decimal(gap.goal(), 0));
        List<String> parts = new ArrayList<>();
        for (GapReason r : gap.reasons()) {
            parts.add(reason(c, measure, r));
        }
        return headline + (parts.isEmpty() ? "" : "; " + String.join(", ", parts));
    }

    /** "Week of 2 Nov, Billing – Turkish – voice: service level 71 % against 80 %; volume …". */
    static String sentence(Component c, Measure measure, PlanQueue queue, String periodLabel, PlanActualPeriod p) {
        return c.getTranslation("planactual.sentence.lead", periodLabel, queue.name()) + " " + explanation(c, measure, p);
    }

    /** "14.4 points" or "19.2 h": the size of an effect in the measure's unit. */
    static String amount(Component c, Measure measure, double effect) {
        return c.getTranslation(measure == Measure.SERVICE_LEVEL ? "planactual.unit.points" : "planactual.hours",
                Formats.decimal(Math.abs(effect), 1));
    }

    static String reason(Component c, Measure measure, GapReason r) {
        List<Double> a = r.args();
        String what = switch (r.code()) {
            case "VOLUME_ABOVE", "VOLUME_BELOW" -> c.getTranslation("planactual.reason." + r.code(),
                    Formats.percent(a.get(0), 1), Formats.percent(a.get(1), 0));
            case "AHT_ABOVE", "AHT_BELOW" -> c.getTranslation("planactual.reason." + r.code(), Formats.percent(a.get(0), 1));
            case "STAFF_FEWER", "STAFF_MORE" -> c.getTranslation("planactual.reason." + r.code(), Formats.decimal(a.get(0), 1));
            case "PLAN_SHORT", "PLAN_OVER" -> c.getTranslation("planactual.reason." + r.code(),
                    measure == Measure.RESPONSE_HOURS ? c.getTranslation("planactual.hours", Formats.decimal(a.get(0), 1))
                            : Formats.percent(a.get(0), 0), amount(c, measure, r.effect()));
            default -> c.getTranslation("planactual.reason.MODEL");
        };
        if (r.code().startsWith("PLAN")) {
            return what;
        }
        String unit = measure == Measure.SERVICE_LEVEL ? "points" : "hours";
        String effect = c.getTranslation("planactual.effect." + unit + "." + (r.harmful() ? "cost" : "gain"),
                Formats.decimal(Math.abs(r.effect()), 1));
        return what + " " + effect;
    }
}
