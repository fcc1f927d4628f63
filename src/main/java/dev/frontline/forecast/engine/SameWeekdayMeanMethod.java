package dev.frontline.forecast.engine;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** Mean of the last N same weekdays, slot by slot (a seasonal moving average). */
public final class SameWeekdayMeanMethod implements ForecastMethod {

    private final int weeks;

    public SameWeekdayMeanMethod(int weeks) {
        this.weeks = weeks;
    }

    @Override
    public String name() {
        return "weekday-mean-" + weeks;
    }

    @Override
    public String formula() {
        return "y(d,s) = mean of y(d_k,s) over the last " + weeks + " training days d_k on the same weekday";
    }

    @Override
    public MethodFit fit(TrainingHistory training, List<LocalDate> days) {
        double[][] out = new double[days.size()][training.slots()];
        for (int i = 0; i < days.size(); i++) {
            List<LocalDate> recent = training.recentSameWeekday(days.get(i).getDayOfWeek(), weeks);
            if (recent.size() < Math.min(weeks, 2)) {
                throw new MethodNotApplicableException(name() + ": fewer than 2 training days on " + days.get(i).getDayOfWeek());
            }
            for (LocalDate d : recent) {
                double[] v = training.days().get(d);
                for (int s = 0; s < v.length; s++) {
                    out[i][s] += v[s] / recent.size();
                }
            }
        }
        return new MethodFit(out, Map.of("weeks", String.valueOf(weeks)));
    }
}
