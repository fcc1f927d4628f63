package dev.frontline.forecast.engine;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import dev.frontline.shared.text.Phrase;

/**
 * Weekly and monthly volume and AHT forecasts up to 78 weeks ahead for capacity planning. Pure Java, stateless.
 *
 * <p>Model (docs/forecasting.md, "Long range"): weekly totals on the log scale, {@code log W(t) = S(t) + x(t)}, where
 * {@code S} is the annual season as Fourier terms (only once two years of history exist) and {@code x} follows Holt's
 * damped, linear or no trend (ETS(A,Ad,N) and relatives). The point is the median {@code exp(Ŝ + x̂)}; the 80 % and
 * 95 % intervals are {@code exp(Ŝ + x̂ ± z·√v(h))} with {@code v(h)} the ETS h-step variance plus the season's estimation
 * variance — or, with less than two years, plus an allowance for the swing of the year that could be season and
 * cannot be told from it. Months are sums of days (weeks split by the weekday shares of the history).
 */
public final class LongRangeForecaster {

    public static final int MAX_WEEKS = 78;
    /** Fewer complete weeks than this cannot separate a level from noise. */
    public static final int MIN_WEEKS = 8;
    /** Two years: what an annual season needs before it can be told apart from trend and one-off events. */
    public static final int ANNUAL_WEEKS = 104;
    public static final int MAX_HISTORY_WEEKS = 156;
    static final double Z80 = 1.2815515655446004;
    static final double Z95 = 1.959963984540054;
    /** One year: enough to see a season once, with only broad swings (two pairs of Fourier terms) trusted. */
    public static final int ONE_YEAR_WEEKS = 52;
    static final int ONE_YEAR_HARMONICS = 2;
    /** A season seen once may be smaller or larger next year: its size is taken as uncertain by this share (1 sd). */
    static final double SEASON_SIZE_DOUBT = 0.5;
    /** A week below this share of the median week is a gap (outage, missing import), not a quiet week. */
    static final double GAP_SHARE = 0.25;

    public LongRangeForecast forecast(LongRangeRequest request) {
        String queue = request.queue();
        TreeMap<LocalDate, double[]> days = new TreeMap<>();
        for (DailyTotal d : request.history()) {
            if (request.firstWeek() != null && !d.date().isBefore(request.firstWeek())) {
                continue;
            }
            double[] v = days.computeIfAbsent(d.date(), k -> new double[3]);
            v[0] += d.offered();
            if (d.ahtSeconds() != null && d.ahtSeconds() > 0 && d.offered() > 0) {
                v[1] += d.offered() * d.ahtSeconds();
                v[2] += d.offered();
            }
        }
        if (days.isEmpty()) {
            throw new IllegalArgumentException("history: queue '" + queue + "' has no history"
                    + (request.firstWeek() == null ? "" : " before " + request.firstWeek()));
        }
        LocalDate lastDay = days.lastKey();
        LocalDate start = request.firstWeek() != null ? request.firstWeek()
                : lastDay.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).plusWeeks(1);
        LocalDate firstMonday = days.firstKey().with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY));
        LocalDate lastMonday = lastDay.getDayOfWeek() == DayOfWeek.SUNDAY
                ? lastDay.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY))
                : lastDay.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).minusWeeks(1);
        if (firstMonday.isBefore(lastMonday.minusWeeks(MAX_HISTORY_WEEKS - 1L))) {
            firstMonday = lastMonday.minusWeeks(MAX_HISTORY_WEEKS - 1L);
        }
        int n = completeWeeks(days.firstKey(), lastDay);
        if (n < MIN_WEEKS) {
            throw new IllegalArgumentException("history: queue '" + queue + "' has " + Math.max(0, n)
                    + " complete weeks (Monday to Sunday) of history; a long-range forecast needs at least " + MIN_WEEKS);
        }
        double[] volume = new double[n];
        double[] ahtWork = new double[n];
        double[] ahtVolume = new double[n];
        double[] weekdayVolume = new double[7];
        for (Map.Entry<LocalDate, double[]> e : days.subMap(firstMonday, true, lastMonday.plusDays(6), true).entrySet()) {
            int t = (int) ChronoUnit.WEEKS.between(firstMonday, e.getKey());
            volume[t] += e.getValue()[0];
            ahtWork[t] += e.getValue()[1];
            ahtVolume[t] += e.getValue()[2];
        }
        double median = medianPositive(volume);
        if (median <= 0) {
            throw new IllegalArgumentException("history: queue '" + queue + "' has no offered contacts in its "
                    + n + " complete weeks");
        }
        List<Phrase> notes = new ArrayList<>();
        double[] y = new double[n];
        long[] mid = new long[n];
        int used = 0;
        List<LocalDate> gaps = new ArrayList<>();
        for (int t = 0; t < n; t++) {
            mid[t] = firstMonday.plusWeeks(t).plusDays(3).toEpochDay();
            if (volume[t] < GAP_SHARE * median) {
                y[t] = Double.NaN;
                gaps.add(firstMonday.plusWeeks(t));
            } else {
                y[t] = Math.log(volume[t]);
                used++;
            }
        }
        if (used < MIN_WEEKS) {
            throw new IllegalArgumentException("history: queue '" + queue + "' has only " + used
                    + " complete weeks with normal volume; a long-range forecast needs at least " + MIN_WEEKS);
        }
        // weekday shares from the last year of normal weeks, to split weeks into days and days into months
        for (int t = Math.max(0, n - 52); t < n; t++) {
            if (Double.isNaN(y[t])) {
                continue;
            }
            for (int d = 0; d < 7; d++) {
                double[] v = days.get(firstMonday.plusWeeks(t).plusDays(d));
                weekdayVolume[d] += v == null ? 0 : v[0];
            }
        }
        double[] share = normalised(weekdayVolume);

        notes.add(Phrase.of("longrange.note.history", n, firstMonday, lastMonday.plusDays(6)));
        if (!gaps.isEmpty()) {
            notes.add(Phrase.of("longrange.note.gaps", gaps.size(), gaps.get(0), gaps.get(gaps.size() - 1),
                    Math.round(GAP_SHARE * 100)));
        }
        LongRangeExplanation.Season basis = n >= ANNUAL_WEEKS && used >= ANNUAL_WEEKS - 13 ? LongRangeExplanation.Season.ANNUAL
                : used >= ONE_YEAR_WEEKS ? LongRangeExplanation.Season.ONE_YEAR : LongRangeExplanation.Season.NONE;
        boolean annual = basis == LongRangeExplanation.Season.ANNUAL;
        LongRangeTrend trend = request.trend();
        AnnualSeasonality season = switch (basis) {
            case ANNUAL -> AnnualSeasonality.fit(y, mid);
            case ONE_YEAR -> AnnualSeasonality.fit(y, mid, ONE_YEAR_HARMONICS);
            case NONE -> null;
        };
        double[] z = deseasonalised(y, mid, season);
        HoltSmoothing.Fit fit = HoltSmoothing.fit(z, trend);
        double swing = annual ? 0 : unexplainedSwing(z, fit.sigma2());
        switch (basis) {
            case ANNUAL -> notes.add(Phrase.of("longrange.note.annual", season.harmonics(), n));
            case ONE_YEAR -> notes.add(Phrase.of("longrange.note.one-year", used, ANNUAL_WEEKS, season.harmonics(),
                    Math.round(100 * SEASON_SIZE_DOUBT), Math.round(100 * Math.sqrt(swing))));
            case NONE -> notes.add(Phrase.of("longrange.note.no-annual", used, ONE_YEAR_WEEKS, Math.round(100 * Math.sqrt(swing))));
        }
        if (!annual && trend == LongRangeTrend.LINEAR) {
            notes.add(Phrase.of("longrange.note.linear-without-season"));
        }
        int gapWeeks = (int) ChronoUnit.WEEKS.between(lastMonday, start) - 1;
        if (gapWeeks > 0) {
            notes.add(Phrase.of("longrange.note.start-after-history", start, gapWeeks));
        }
        if (request.weeks() + gapWeeks > used) {
            notes.add(Phrase.of("longrange.note.horizon-longer", request.weeks(), used));
        }
        notes.add(Phrase.of("longrange.note.median"));
        notes.add(Phrase.of("longrange.note.calendar"));

        AhtModel aht = AhtModel.fit(ahtWork, ahtVolume, mid, annual, notes);

        List<LongRangeWeek> weeks = new ArrayList<>();
        List<LongRangeWeekDetail> details = new ArrayList<>();
        Map<YearMonth, double[]> months = new LinkedHashMap<>();
        for (int i = 0; i < request.weeks(); i++) {
            LocalDate weekStart = start.plusWeeks(i);
            int h = gapWeeks + i + 1;
            long midDay = weekStart.plusDays(3).toEpochDay();
            double underlyingLog = fit.point(h);
            double seasonLog = season == null ? 0 : season.at(midDay);
            double variance = fit.variance(h) + switch (basis) {
                case ANNUAL -> season.variance(midDay);
                case ONE_YEAR -> season.variance(midDay) + Math.pow(SEASON_SIZE_DOUBT * seasonLog, 2) + swingVariance(swing, h);
                case NONE -> swingVariance(swing, h);
            };
            double modelVolume = Math.exp(underlyingLog + seasonLog);
            double modelAht = aht.at(h, midDay);
            double[] dayVolume = new double[7];
            double adjustedVolume = 0;
            double adjustedWork = 0;
            List<String> reasons = new ArrayList<>();
            for (int d = 0; d < 7; d++) {
                LocalDate day = weekStart.plusDays(d);
                double fv = 1;
                double fa = 1;
                for (LongRangeOverride o : request.overrides()) {
                    if (o.covers(day)) {
                        if (o.measure() == LongRangeOverride.Measure.VOLUME) {
                            fv *= o.factor();
                        } else {
                            fa *= o.factor();
                        }
                        if (!reasons.contains(o.reason())) {
                            reasons.add(o.reason());
                        }
                    }
                }
                dayVolume[d] = modelVolume * share[d] * fv;
                adjustedVolume += dayVolume[d];
                adjustedWork += dayVolume[d] * modelAht * fa;
            }
            double volumeFactor = modelVolume > 0 ? adjustedVolume / modelVolume : 1;
            double ahtValue = adjustedVolume > 0 ? adjustedWork / adjustedVolume : modelAht;
            double sd = Math.sqrt(variance);
            double v = modelVolume * volumeFactor;
            double ahtSd = Math.sqrt(aht.logVariance(h, midDay));
            weeks.add(new LongRangeWeek(weekStart, v, v * Math.exp(-Z80 * sd), v * Math.exp(Z80 * sd),
                    v * Math.exp(-Z95 * sd), v * Math.exp(Z95 * sd), ahtValue));
            details.add(new LongRangeWeekDetail(weekStart, h, modelVolume, Math.exp(underlyingLog),
                    100 * (Math.exp(seasonLog) - 1), 100 * (volumeFactor - 1), modelAht,
                    modelAht > 0 ? 100 * (ahtValue / modelAht - 1) : 0, 100 * (Math.exp(Z80 * sd) - 1), reasons,
                    ahtValue * Math.exp(-Z80 * ahtSd), ahtValue * Math.exp(Z80 * ahtSd),
                    ahtValue * Math.exp(-Z95 * ahtSd), ahtValue * Math.exp(Z95 * ahtSd)));
            for (int d = 0; d < 7; d++) {
                LocalDate day = weekStart.plusDays(d);
                // per month: days, volume, AHT work, Σ volume·correlated variance, Σ (week's volume in the month)²,
                // Σ volume·AHT log sd
                double[] m = months.computeIfAbsent(YearMonth.from(day), k -> new double[6]);
                m[0] += 1;
                m[1] += dayVolume[d];
                m[2] += dayVolume[d] * (adjustedVolume > 0 ? ahtValue : 0);
                m[3] += dayVolume[d] * Math.max(0, variance - fit.sigma2());
                // the AHT's log error standard deviation, weighted by the day's volume (correlated across the month)
                m[5] += dayVolume[d] * ahtSd;
            }
            // the week's share in each month it touches, for the part of the error that is independent week to week
            Map<YearMonth, Double> inMonth = new LinkedHashMap<>();
            for (int d = 0; d < 7; d++) {
                inMonth.merge(YearMonth.from(weekStart.plusDays(d)), dayVolume[d], Double::sum);
            }
            inMonth.forEach((ym, part) -> months.get(ym)[4] += part * part);
        }
        List<LongRangeMonth> monthly = new ArrayList<>();
        months.forEach((ym, m) -> {
            double total = m[1];
            double relVar = total > 0 ? m[3] / total + fit.sigma2() * m[4] / (total * total) : 0;
            double sd = Math.sqrt(relVar);
            double ahtMonth = total > 0 ? m[2] / total : 0;
            double ahtSd = total > 0 ? m[5] / total : 0;
            monthly.add(new LongRangeMonth(ym, (int) m[0], (int) m[0] < ym.lengthOfMonth(), total,
                    total * Math.exp(-Z80 * sd), total * Math.exp(Z80 * sd), total * Math.exp(-Z95 * sd),
                    total * Math.exp(Z95 * sd), ahtMonth, ahtMonth * Math.exp(-Z80 * ahtSd), ahtMonth * Math.exp(Z80 * ahtSd),
                    ahtMonth * Math.exp(-Z95 * ahtSd), ahtMonth * Math.exp(Z95 * ahtSd)));
        });
        if (!request.overrides().isEmpty()) {
            notes.add(Phrase.of("longrange.note.overrides", request.overrides().size()));
        }

        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("alpha", fmt(fit.alpha()));
        if (trend != LongRangeTrend.NONE) {
            parameters.put("beta", fmt(fit.beta()));
            parameters.put("slope_per_week_percent", fmt(100 * (Math.exp(fit.slope()) - 1)));
        }
        if (trend == LongRangeTrend.DAMPED) {
            parameters.put("phi", fmt(fit.phi()));
        }
        parameters.put("sigma_weekly_percent", fmt(100 * Math.sqrt(fit.sigma2())));
        if (season != null) {
            parameters.put("annual_harmonics", Integer.toString(season.harmonics()));
        }
        if (!annual) {
            parameters.put("unexplained_swing_percent", fmt(100 * Math.sqrt(swing)));
        }
        Phrase trendPhrase = switch (trend) {
            case DAMPED -> Phrase.of("longrange.trend.damped", fit.phi(), 100 * (Math.exp(fit.slope()) - 1));
            case LINEAR -> Phrase.of("longrange.trend.linear", 100 * (Math.exp(fit.slope()) - 1));
            case NONE -> Phrase.of("longrange.trend.none");
        };
        Phrase model = switch (basis) {
            case ANNUAL -> Phrase.of("longrange.model.annual", trendPhrase, season.harmonics(), fit.alpha());
            case ONE_YEAR -> Phrase.of("longrange.model.one-year", trendPhrase, season.harmonics(), fit.alpha());
            case NONE -> Phrase.of("longrange.model.level", trendPhrase, fit.alpha());
        };
        Phrase intervals = Phrase.of("longrange.intervals", 100 * Math.sqrt(fit.sigma2()), switch (basis) {
            case ANNUAL -> Phrase.of("longrange.intervals.season");
            case ONE_YEAR -> Phrase.of("longrange.intervals.one-year", Math.round(100 * SEASON_SIZE_DOUBT), 100 * Math.sqrt(swing));
            case NONE -> Phrase.of("longrange.intervals.swing", 100 * Math.sqrt(swing));
        });
        LongRangeExplanation explanation = new LongRangeExplanation(model, parameters, firstMonday, lastMonday.plusDays(6),
                n, basis, trend, intervals, aht.describe(), notes);
        List<LongRangeHistoryWeek> past = new ArrayList<>();
        for (int t = 0; t < n; t++) {
            past.add(new LongRangeHistoryWeek(firstMonday.plusWeeks(t), volume[t], ahtVolume[t] > 0 ? ahtWork[t] / ahtVolume[t] : 0,
                    Double.isNaN(y[t])));
        }
        return new LongRangeForecast(queue, weeks, details, monthly, explanation, past);
    }

    /**
     * With less than two years, what of the year's movement is season cannot be known: the variance of the weekly
     * log totals around a straight line over the last 52 weeks, beyond the week-to-week noise, is that unknown swing.
     */
    static double unexplainedSwing(double[] z, double noise) {
        int from = Math.max(0, z.length - 52);
        double st = 0, sy = 0, stt = 0, sty = 0;
        int k = 0;
        for (int t = from; t < z.length; t++) {
            if (!Double.isNaN(z[t])) {
                st += t;
                sy += z[t];
                stt += (double) t * t;
                sty += t * z[t];
                k++;
            }
        }
        double den = k * stt - st * st;
        double slope = den > 0 ? (k * sty - st * sy) / den : 0;
        double intercept = (sy - slope * st) / k;
        double ss = 0;
        for (int t = from; t < z.length; t++) {
            if (!Double.isNaN(z[t])) {
                double e = z[t] - intercept - slope * t;
                ss += e * e;
            }
        }
        return Math.max(0, ss / Math.max(1, k - 2) - noise);
    }

    /**
     * The unknown swing's share of the h-step variance: a movement of variance {@code s} with a yearly rhythm moves
     * {@code 2s·(1 − cos(2πh/52))} between two weeks h apart; past half a year the worst case is kept, since the
     * history cannot show that the movement comes back.
     */
    static double swingVariance(double swing, int h) {
        return 2 * swing * (1 - Math.cos(2 * Math.PI * Math.min(h, 26) / 52.0));
    }

    private static double[] deseasonalised(double[] y, long[] mid, AnnualSeasonality season) {
        if (season == null) {
            return y;
        }
        double[] z = new double[y.length];
        for (int t = 0; t < y.length; t++) {
            z[t] = Double.isNaN(y[t]) ? Double.NaN : y[t] - season.at(mid[t]);
        }
        return z;
    }

    private static double medianPositive(double[] v) {
        double[] positive = Arrays.stream(v).filter(x -> x > 0).sorted().toArray();
        if (positive.length == 0) {
            return 0;
        }
        int m = positive.length / 2;
        return positive.length % 2 == 1 ? positive[m] : (positive[m - 1] + positive[m]) / 2;
    }

    private static double[] normalised(double[] v) {
        double sum = Arrays.stream(v).sum();
        double[] out = new double[v.length];
        for (int i = 0; i < v.length; i++) {
            out[i] = sum > 0 ? v[i] / sum : 1.0 / v.length;
        }
        return out;
    }

    /**
     * The complete Monday-to-Sunday weeks of a history from {@code firstDay} to {@code lastDay}, at most
     * {@link #MAX_HISTORY_WEEKS}: what the forecast is fitted on and what {@link #MIN_WEEKS} is checked against.
     */
    public static int completeWeeks(LocalDate firstDay, LocalDate lastDay) {
        LocalDate firstMonday = firstDay.with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY));
        LocalDate lastMonday = lastDay.getDayOfWeek() == DayOfWeek.SUNDAY
                ? lastDay.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY))
                : lastDay.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).minusWeeks(1);
        if (lastMonday.isBefore(firstMonday)) {
            return 0;
        }
        return (int) Math.min(MAX_HISTORY_WEEKS, ChronoUnit.WEEKS.between(firstMonday, lastMonday) + 1);
    }

    static String fmt(double v) {
        return String.format(Locale.ROOT, "%.4f", v);
    }

    /** Weekly volume-weighted AHT: the same season (when there are two years) and a damped trend on its logarithm. */
    private record AhtModel(HoltSmoothing.Fit fit, AnnualSeasonality season, double mean) {

        static AhtModel fit(double[] work, double[] volume, long[] mid, boolean annual, List<Phrase> notes) {
            double[] a = new double[work.length];
            int known = 0;
            double sum = 0;
            for (int t = 0; t < a.length; t++) {
                if (volume[t] > 0) {
                    a[t] = Math.log(work[t] / volume[t]);
                    sum += work[t] / volume[t];
                    known++;
                } else {
                    a[t] = Double.NaN;
                }
            }
            if (known == 0) {
                notes.add(Phrase.of("longrange.note.no-aht"));
                return new AhtModel(null, null, 0);
            }
            if (known < 4) {
                return new AhtModel(null, null, sum / known);
            }
            AnnualSeasonality season = annual && known >= ANNUAL_WEEKS - 13 ? AnnualSeasonality.fit(a, mid) : null;
            return new AhtModel(HoltSmoothing.fit(deseasonalised(a, mid, season), LongRangeTrend.DAMPED), season, sum / known);
        }

        /**
         * The h-step error variance of the logarithm of AHT: the smoothing model's (FPP3 table 8.8) plus the season's
         * estimation variance; none when AHT is only a mean of too few weeks (the explanation says so).
         */
        double logVariance(int h, long midDay) {
            if (fit == null) {
                return 0;
            }
            return fit.variance(h) + (season == null ? 0 : season.variance(midDay));
        }

        double at(int h, long midDay) {
            if (fit == null) {
                return mean;
            }
            return Math.exp(fit.point(h) + (season == null ? 0 : season.at(midDay)));
        }

        Phrase describe() {
            if (fit == null) {
                return mean > 0 ? Phrase.of("longrange.aht.mean", mean) : Phrase.of("longrange.aht.none");
            }
            return Phrase.of("longrange.aht.model", fit.phi(), fit.alpha(),
                    season == null ? Phrase.of("longrange.aht.no-season") : Phrase.of("longrange.aht.season", season.harmonics()));
        }
    }
}
