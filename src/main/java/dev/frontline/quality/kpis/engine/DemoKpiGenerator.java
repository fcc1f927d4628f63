package dev.frontline.quality.kpis.engine;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Generates the demo centre's daily KPIs per agent, deterministically from a seed: a row for every day an agent
 * worked in the window (within their employment, on their contract's weekdays, minus sick days and two leave blocks
 * a year). The figures follow what quality teams see (docs/quality.md, "The demo centre's KPIs"):
 * <ul>
 *   <li>AHT around the handle time of the queues the agent serves (weighted by proficiency), a little higher for a
 *   lower proficiency, and for a new hire up to 45 % higher, falling along the ramp {@code 1 - exp(-tenure / 4 weeks)}
 *   (95 % of the way after 12 weeks);</li>
 *   <li>QA (about two evaluations a week) around 84 and FCR around 74, both lower along the same ramp;</li>
 *   <li>CSAT (1–5) and CES (1–7) from a few survey responses a day, moving with the agent's QA and FCR;</li>
 *   <li>a handful of experienced agents who are fast but low in quality ({@link Style#FAST_LOW_QUALITY}) and a few
 *   the other way round ({@link Style#SLOW_HIGH_QUALITY});</li>
 *   <li>no difference between home and office work.</li>
 * </ul>
 * Each agent's draws come from their own random stream (seed and agent id), so adding an agent changes nobody else.
 */
public final class DemoKpiGenerator {

    /** How an agent trades speed against quality. */
    public enum Style { TYPICAL, FAST_LOW_QUALITY, SLOW_HIGH_QUALITY }

    /**
     * An agent as the generator needs them.
     *
     * @param exitDate           the last day employed, or null
     * @param workingDaysPerWeek 1–5 weekdays
     * @param paidHoursPerDay    paid hours of a working day
     * @param queueAhtSeconds    the handle time of the queues they serve, weighted by proficiency
     * @param proficiency        their mean proficiency over their skills (0–1)
     */
    public record AgentProfile(long agentId, String team, LocalDate hireDate, LocalDate exitDate,
            int workingDaysPerWeek, double paidHoursPerDay, double queueAhtSeconds, double proficiency) {

        public AgentProfile {
            if (workingDaysPerWeek < 1 || workingDaysPerWeek > 5) {
                throw new IllegalArgumentException("working days per week must be 1 to 5, not " + workingDaysPerWeek);
            }
            if (queueAhtSeconds <= 0 || paidHoursPerDay <= 0) {
                throw new IllegalArgumentException("AHT and paid hours must be positive");
            }
        }
    }

    /** One agent's day; averages rounded to two decimals, null where nothing was measured. */
    public record KpiDay(long agentId, LocalDate day, int contactsHandled, Double ahtSeconds, Double qaScore,
            int qaEvaluations, Double fcrPercent, Double csat, Double ces, int surveyResponses) {
    }

    /** The days and who was generated with which style. */
    public record Generated(List<KpiDay> days, Map<Long, Style> styles) {
    }

    public static final int FAST_LOW_QUALITY_AGENTS = 5;
    public static final int SLOW_HIGH_QUALITY_AGENTS = 3;
    /** Weeks after which the ramp is 95 % complete. */
    public static final int RAMP_WEEKS = 12;
    /** Tenure at the end of the window below which an agent is never given a style (the ramp would hide it). */
    static final int STYLE_MIN_TENURE_DAYS = 182;

    static final double BASE_QA = 84;
    static final double BASE_FCR = 74;
    static final double NEW_HIRE_AHT_EXTRA = 0.45;
    static final double NEW_HIRE_QA_GAP = 16;
    static final double NEW_HIRE_FCR_GAP = 14;
    static final double FAST_AHT = 0.72;
    static final double SLOW_AHT = 1.25;
    /** Share of paid time spent handling contacts (after breaks, meetings, coaching and idle time). */
    static final double HANDLING_SHARE = 0.62;
    static final double SICK_DAY_RATE = 0.035;
    static final double SURVEY_RATE = 0.08;

    private final long seed;
    private final LocalDate firstDay;
    private final LocalDate lastDay;

    /** Generates the days in [{@code firstDay}, {@code lastDay}]. */
    public DemoKpiGenerator(long seed, LocalDate firstDay, LocalDate lastDay) {
        if (lastDay.isBefore(firstDay)) {
            throw new IllegalArgumentException("the window ends before it starts");
        }
        this.seed = seed;
        this.firstDay = firstDay;
        this.lastDay = lastDay;
    }

    public Generated generate(List<AgentProfile> agents) {
        Map<Long, Style> styles = styles(agents);
        List<KpiDay> days = new ArrayList<>();
        for (AgentProfile agent : agents) {
            generate(agent, styles.get(agent.agentId()), days);
        }
        return new Generated(List.copyOf(days), Map.copyOf(styles));
    }

    /** The ramp at a tenure: 0 on the first day, 1 - exp(-days / 28), so 95 % after {@value #RAMP_WEEKS} weeks. */
    public static double ramp(long tenureDays) {
        return 1 - Math.exp(-Math.max(0, tenureDays) / (RAMP_WEEKS * 7 / 3.0));
    }

    /**
     * Experienced agents still employed at the end of the window, shuffled by the seed: the first few fast and low in
     * quality, the next few slow and excellent, taken from different teams while teams last.
     */
    private Map<Long, Style> styles(List<AgentProfile> agents) {
        List<AgentProfile> candidates = new ArrayList<>(agents.stream()
                .filter(a -> a.exitDate() == null || !a.exitDate().isBefore(lastDay))
                .filter(a -> ChronoUnit.DAYS.between(a.hireDate(), lastDay) >= STYLE_MIN_TENURE_DAYS)
                .sorted(Comparator.comparingLong(AgentProfile::agentId)).toList());
        Collections.shuffle(candidates, new Random(seed));
        Map<Long, Style> styles = new LinkedHashMap<>();
        agents.forEach(a -> styles.put(a.agentId(), Style.TYPICAL));
        Set<String> teamsTaken = new HashSet<>();
        int fast = 0;
        int slow = 0;
        for (int pass = 0; pass < 2; pass++) {
            for (AgentProfile a : candidates) {
                if (styles.get(a.agentId()) != Style.TYPICAL || (pass == 0 && !teamsTaken.add(String.valueOf(a.team())))) {
                    continue;
                }
                if (fast < FAST_LOW_QUALITY_AGENTS) {
                    styles.put(a.agentId(), Style.FAST_LOW_QUALITY);
                    fast++;
                } else if (slow < SLOW_HIGH_QUALITY_AGENTS) {
                    styles.put(a.agentId(), Style.SLOW_HIGH_QUALITY);
                    slow++;
                }
            }
        }
        return styles;
    }

    private void generate(AgentProfile agent, Style style, List<KpiDay> out) {
        Random random = new Random(seed * 31 + agent.agentId() * 1_000_003L);
        LocalDate from = agent.hireDate().isAfter(firstDay) ? agent.hireDate() : firstDay;
        LocalDate to = agent.exitDate() != null && agent.exitDate().isBefore(lastDay) ? agent.exitDate() : lastDay;
        if (to.isBefore(from)) {
            return;
        }
        Set<DayOfWeek> weekdays = weekdays(agent, random);
        Set<LocalDate> leave = leave(from, to, random);
        // the agent's own level: a little faster or slower, better or worse than the norm
        // (an agent with a style keeps close to it, so the style is plain in their figures)
        double personal = style == Style.TYPICAL ? 1 : 0.3;
        double personalAht = Math.exp(0.07 * personal * random.nextGaussian());
        double proficiencyAht = 1.1 - 0.2 * (Math.clamp(agent.proficiency(), 0.5, 1.0) - 0.5);
        double styleAht = style == Style.FAST_LOW_QUALITY ? FAST_AHT : style == Style.SLOW_HIGH_QUALITY ? SLOW_AHT : 1;
        double qaLevel = BASE_QA + 3.5 * personal * random.nextGaussian()
                + (style == Style.FAST_LOW_QUALITY ? -14 : style == Style.SLOW_HIGH_QUALITY ? 9 : 0);
        double fcrLevel = BASE_FCR + 3 * personal * random.nextGaussian()
                + (style == Style.FAST_LOW_QUALITY ? -12 : style == Style.SLOW_HIGH_QUALITY ? 9 : 0);
        double evaluationChance = Math.min(1, 2.0 / agent.workingDaysPerWeek());
        for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
            if (!weekdays.contains(day.getDayOfWeek()) || leave.contains(day) || random.nextDouble() < SICK_DAY_RATE) {
                continue;
            }
            double ramp = ramp(ChronoUnit.DAYS.between(agent.hireDate(), day));
            double aht = Math.max(30, agent.queueAhtSeconds() * personalAht * proficiencyAht * styleAht
                    * (1 + NEW_HIRE_AHT_EXTRA * (1 - ramp)) * Math.exp(0.06 * random.nextGaussian()));
            double handlingSeconds = agent.paidHoursPerDay() * 3600 * HANDLING_SHARE
                    * Math.clamp(1 + 0.08 * random.nextGaussian(), 0.6, 1.3);
            int contacts = Math.max(1, (int) Math.round(handlingSeconds / aht));
            double qaMean = qaLevel - NEW_HIRE_QA_GAP * (1 - ramp);
            double fcrMean = fcrLevel - NEW_HIRE_FCR_GAP * (1 - ramp);

            int evaluations = random.nextDouble() < evaluationChance ? (random.nextDouble() < 0.1 ? 2 : 1) : 0;
            Double qa = evaluations == 0 ? null
                    : round(Math.clamp(qaMean + 6 * random.nextGaussian() / Math.sqrt(evaluations), 0, 100));
            Double fcr = round(Math.clamp(fcrMean + 22 * random.nextGaussian() / Math.sqrt(contacts), 0, 100));
            int surveys = binomial(contacts, SURVEY_RATE, random);
            Double csat = null;
            Double ces = null;
            if (surveys > 0) {
                double spread = 1 / Math.sqrt(surveys);
                csat = round(Math.clamp(4.2 + 0.025 * (qaMean - BASE_QA) + 0.015 * (fcrMean - BASE_FCR)
                        + 0.6 * spread * random.nextGaussian(), 1, 5));
                ces = round(Math.clamp(5.6 + 0.03 * (fcrMean - BASE_FCR) + 0.015 * (qaMean - BASE_QA)
                        + 0.8 * spread * random.nextGaussian(), 1, 7));
            }
            out.add(new KpiDay(agent.agentId(), day, contacts, round(aht), qa, evaluations, fcr, csat, ces, surveys));
        }
    }

    /** Mondays to Fridays, less a fixed day or two of the agent's own for a part-time contract. */
    private static Set<DayOfWeek> weekdays(AgentProfile agent, Random random) {
        List<DayOfWeek> week = new ArrayList<>(List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY,
                DayOfWeek.THURSDAY, DayOfWeek.FRIDAY));
        Collections.shuffle(week, random);
        return EnumSet.copyOf(week.subList(0, agent.workingDaysPerWeek()));
    }

    /** Two weeks in summer and one in winter each year, starting on a Monday. */
    private static Set<LocalDate> leave(LocalDate from, LocalDate to, Random random) {
        Set<LocalDate> leave = new HashSet<>();
        for (int year = from.getYear(); year <= to.getYear(); year++) {
            LocalDate summer = LocalDate.of(year, 6, 1).plusWeeks(random.nextInt(11))
                    .with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY));
            LocalDate winter = LocalDate.of(year, 1, 8).plusWeeks(random.nextInt(8))
                    .with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY));
            for (int d = 0; d < 14; d++) {
                leave.add(summer.plusDays(d));
            }
            for (int d = 0; d < 7; d++) {
                leave.add(winter.plusDays(d));
            }
        }
        return leave;
    }

    private static int binomial(int n, double p, Random random) {
        int hits = 0;
        for (int i = 0; i < n; i++) {
            if (random.nextDouble() < p) {
                hits++;
            }
        }
        return hits;
    }

    private static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }
}
