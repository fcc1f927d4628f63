package dev.frontline.forecast.engine;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.math3.distribution.PoissonDistribution;
import org.apache.commons.math3.random.MersenneTwister;

/**
 * Reproducible synthetic contact history for demos and the speed benchmark: a daily level with a weekday pattern,
 * a gentle trend and a monthly wave, spread by a two-peak intraday curve over opening hours, with Poisson noise
 * and an AHT that varies over the day.
 */
public final class SyntheticHistory {

    private SyntheticHistory() {
    }

    /**
     * @param dailyVolume mean contacts on a Monday at the start
     * @param sundayOpen  whether the queue opens on Sundays
     */
    public static List<Observation> queue(long seed, LocalDate firstDay, int weeks, IntervalGrain grain, double dailyVolume,
                                          boolean sundayOpen) {
        MersenneTwister random = new MersenneTwister(seed);
        double[] weekday = {1.0, 0.93, 0.9, 0.9, 0.95, 0.55, 0.35};
        int slots = grain.slotsPerDay();
        int open = 8 * 60 / grain.minutes();
        int close = 20 * 60 / grain.minutes();
        double[] curve = new double[slots];
        double sum = 0;
        for (int s = open; s < close; s++) {
            double hour = s * grain.minutes() / 60.0;
            curve[s] = Math.exp(-Math.pow(hour - 10.5, 2) / 3) + 0.8 * Math.exp(-Math.pow(hour - 14.5, 2) / 4) + 0.15;
            sum += curve[s];
        }
        List<Observation> out = new ArrayList<>();
        for (int d = 0; d < weeks * 7; d++) {
            LocalDate day = firstDay.plusDays(d);
            if (day.getDayOfWeek() == DayOfWeek.SUNDAY && !sundayOpen) {
                continue;
            }
            double level = dailyVolume * weekday[day.getDayOfWeek().ordinal()] * (1 + 0.002 * d / 7)
                    * (1 + 0.05 * Math.cos(2 * Math.PI * (day.getDayOfMonth() - 1) / day.lengthOfMonth()));
            for (int s = open; s < close; s++) {
                double mean = level * curve[s] / sum;
                double calls = mean > 0 ? new PoissonDistribution(random, mean, 1e-12, 10_000).sample() : 0;
                double aht = 240 + 60 * Math.sin(Math.PI * (s - open) / (close - open));
                out.add(new Observation(day, grain.startOf(s), calls, calls > 0 ? aht : null));
            }
        }
        return out;
    }
}
