package dev.frontline.forecast.engine;

import java.util.List;

import dev.frontline.shared.text.Messages;
import dev.frontline.shared.text.Phrase;

/** The candidate methods, by name; selection tries them all unless the settings name a subset. */
public final class ForecastMethods {

    public static final String SEASONAL_NAIVE = "seasonal-naive";
    public static final String WEEKDAY_MEAN_4 = "weekday-mean-4";
    public static final String WEEKDAY_MEAN_8 = "weekday-mean-8";
    public static final String SMOOTHING_PROFILE = "smoothing-profile";
    public static final String REGRESSION_PROFILE = "regression-profile";
    public static final String FOURIER_PROFILE = "fourier-profile";
    public static final String DOUBLE_SEASONAL_HW = "double-seasonal-hw";

    private ForecastMethods() {
    }

    public static List<String> names() {
        return List.of(SEASONAL_NAIVE, WEEKDAY_MEAN_4, WEEKDAY_MEAN_8, SMOOTHING_PROFILE, REGRESSION_PROFILE, FOURIER_PROFILE,
                DOUBLE_SEASONAL_HW);
    }

    public static ForecastMethod byName(String name) {
        return switch (name) {
            case SEASONAL_NAIVE -> new SeasonalNaiveMethod();
            case WEEKDAY_MEAN_4 -> new SameWeekdayMeanMethod(4);
            case WEEKDAY_MEAN_8 -> new SameWeekdayMeanMethod(8);
            case SMOOTHING_PROFILE -> new DailyProfileMethod(SMOOTHING_PROFILE, new WeekdaySmoothingTotals());
            case REGRESSION_PROFILE -> new DailyProfileMethod(REGRESSION_PROFILE, new WeekdayTrendRegressionTotals());
            case FOURIER_PROFILE -> new DailyProfileMethod(FOURIER_PROFILE, new FourierRegressionTotals());
            case DOUBLE_SEASONAL_HW -> new DoubleSeasonalHoltWintersMethod();
            default -> throw new IllegalArgumentException("method '" + name + "' is not one of " + names());
        };
    }

    /**
     * A method's name in planner words as a phrase ("mean of the last 4 same weekdays"), for progress messages; the
     * name itself when the bundles have no words for it.
     */
    public static Object words(String name) {
        String key = "forecast.method." + name;
        return Messages.pattern(key, java.util.Locale.ENGLISH).isPresent() ? Phrase.of(key) : name;
    }

    public static List<ForecastMethod> all() {
        return names().stream().map(ForecastMethods::byName).toList();
    }
}
