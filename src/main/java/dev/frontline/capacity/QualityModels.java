package dev.frontline.capacity;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import dev.frontline.capacity.engine.OnboardingPath;
import dev.frontline.capacity.engine.frontier.FrontierLevers;
import dev.frontline.capacity.engine.frontier.LeverModel;
import dev.frontline.capacity.engine.frontier.LeverModelFit;
import dev.frontline.capacity.engine.frontier.Observation;
import dev.frontline.capacity.engine.frontier.Term;
import dev.frontline.capacity.persistence.FrontierSourceRepository;

/**
 * Fits the frontier's lever models on the centre's own records (docs/capacity.md, "The speed–quality frontier"):
 * QA and FCR by agent and month of the last {@value #YEARS} years against tenure, onboarding and training received;
 * the share of that period's hires who left within {@value #EARLY_EXIT_DAYS} days against their onboarding.
 */
@Component
class QualityModels {

    static final int YEARS = 2;
    static final int EARLY_EXIT_DAYS = 91;
    /** Weeks of training completions that make an agent-month's coaching hours a week. */
    static final int TRAINING_WEEKS = 13;

    /** The three models and the centre's practice they are centred on. */
    record Fitted(LeverModel qa, LeverModel fcr, LeverModel earlyExit, FrontierLevers practice) {
    }

    private final FrontierSourceRepository sources;

    QualityModels(FrontierSourceRepository sources) {
        this.sources = sources;
    }

    /**
     * @param path the onboarding path the plan's hires follow today (null without one)
     */
    Fitted fit(LocalDate today, OnboardingPath path, double occupancyCapPercent) {
        LocalDate from = today.minusYears(YEARS);
        Map<Long, double[]> onboarding = new HashMap<>();
        for (FrontierSourceRepository.Onboarding o : sources.onboardings()) {
            onboarding.put(o.agentId(), new double[] {classroomWeeks(o.classroomHours()), o.nestingWeeks()});
        }
        Map<Long, List<FrontierSourceRepository.Completion>> training = new HashMap<>();
        double recentHours = 0;
        for (FrontierSourceRepository.Completion c : sources.trainingOutsideOnboarding(
                from.minusWeeks(TRAINING_WEEKS))) {
            training.computeIfAbsent(c.agentId(), k -> new ArrayList<>()).add(c);
            if (c.completedOn().isAfter(today.minusWeeks(TRAINING_WEEKS))) {
                recentHours += c.hours();
            }
        }
        int employed = Math.max(1, sources.employedOn(today));
        double coaching = Math.round(2 * recentHours / employed / TRAINING_WEEKS) / 2.0;
        FrontierLevers practice = new FrontierLevers(path == null ? 0 : path.classroomWeeks(),
                path == null ? 0 : path.nestingWeeks(), coaching, null, occupancyCapPercent);
        Map<Term, Double> centre = LeverModel.levers(practice.classroomWeeks(), practice.nestingWeeks(), coaching);

        List<Observation> qa = new ArrayList<>();
        List<Observation> fcr = new ArrayList<>();
        for (FrontierSourceRepository.AgentMonth m : sources.agentMonths(from, today)) {
            LocalDate middle = m.month().plusDays(14);
            double tenure = ChronoUnit.DAYS.between(m.hireDate(), middle) / 7.0;
            double[] onb = onboarding.get(m.agentId());
            Double classroom = onb == null ? null : onb[0];
            Double nesting = onb == null ? null : onb[1];
            double hours = trainingHoursPerWeek(training.getOrDefault(m.agentId(), List.of()),
                    m.month().plusMonths(1).minusDays(1));
            String cohort = YearMonth.from(m.hireDate()).toString();
            if (m.qaEvaluations() > 0 && m.qaSum() != null) {
                qa.add(new Observation(cohort, m.agentId(), Math.max(0, tenure), classroom, nesting, hours,
                        m.qaSum() / m.qaEvaluations(), m.qaEvaluations()));
            }
            if (m.fcrContacts() > 0 && m.fcrSum() != null) {
                fcr.add(new Observation(cohort, m.agentId(), Math.max(0, tenure), classroom, nesting, hours,
                        m.fcrSum() / m.fcrContacts(), m.fcrContacts()));
            }
        }
        List<Observation> exits = new ArrayList<>();
        for (FrontierSourceRepository.Hire h : sources.hiredBetween(from, today.minusDays(EARLY_EXIT_DAYS))) {
            double[] onb = onboarding.get(h.agentId());
            boolean left = h.exitDate() != null && h.exitDate().isBefore(h.hireDate().plusDays(EARLY_EXIT_DAYS));
            exits.add(new Observation(YearMonth.from(h.hireDate()).toString(), h.agentId(), 0,
                    onb == null ? null : onb[0], onb == null ? null : onb[1], 0, left ? 1 : 0, 1));
        }
        EnumSet<Term> quality = EnumSet.allOf(Term.class);
        EnumSet<Term> onboardingOnly = EnumSet.of(Term.CLASSROOM_WEEKS, Term.NESTING_WEEKS);
        return new Fitted(LeverModelFit.fit(LeverModel.Measure.QA, qa, centre, quality),
                LeverModelFit.fit(LeverModel.Measure.FCR, fcr, centre, quality),
                LeverModelFit.fit(LeverModel.Measure.EARLY_EXIT, exits, centre, onboardingOnly), practice);
    }

    /** Classroom weeks of an onboarding of so many course hours, as the plan counts them (40 hours a week). */
    static int classroomWeeks(double hours) {
        return (int) Math.ceil(hours / CapacityInputs.HOURS_PER_FTE - 1e-9);
    }

    private static double trainingHoursPerWeek(List<FrontierSourceRepository.Completion> completions, LocalDate end) {
        LocalDate start = end.minusWeeks(TRAINING_WEEKS);
        return completions.stream().filter(c -> c.completedOn().isAfter(start) && !c.completedOn().isAfter(end))
                .mapToDouble(FrontierSourceRepository.Completion::hours).sum() / TRAINING_WEEKS;
    }
}
