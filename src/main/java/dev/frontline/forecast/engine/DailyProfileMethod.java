package dev.frontline.forecast.engine;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.frontline.shared.text.Phrase;

/** Daily level × intraday profile: y(d,s) = Y(d) · p(weekday(d), s). */
public final class DailyProfileMethod implements ForecastMethod {

    private final String name;
    private final DailyTotalsModel totals;

    public DailyProfileMethod(String name, DailyTotalsModel totals) {
        this.name = name;
        this.totals = totals;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public Phrase formula() {
        return Phrase.of("forecast.formula.daily-profile", totals.formula(), IntradayProfile.describe());
    }

    @Override
    public MethodFit fit(TrainingHistory training, List<LocalDate> days) {
        DailyTotalsModel.Totals t = totals.fit(training, days);
        Map<DayOfWeek, double[]> profiles = new EnumMap<>(DayOfWeek.class);
        double[][] out = new double[days.size()][];
        for (int i = 0; i < days.size(); i++) {
            double[] p = profiles.computeIfAbsent(days.get(i).getDayOfWeek(), w -> IntradayProfile.shares(training, w));
            out[i] = new double[p.length];
            for (int s = 0; s < p.length; s++) {
                out[i][s] = Math.max(0, t.values()[i]) * p[s];
            }
        }
        Map<String, String> params = new LinkedHashMap<>(t.parameters());
        params.put("profile", "last " + IntradayProfile.WEEKS + " same weekdays, decay " + IntradayProfile.DECAY_PER_WEEK
                + "/week, shrinkage " + IntradayProfile.SHRINKAGE);
        return new MethodFit(out, params);
    }
}
