package dev.frontline.capacity.engine.frontier;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import dev.frontline.capacity.engine.AttritionModel;
import dev.frontline.capacity.engine.CapacityInput;
import dev.frontline.capacity.engine.HiringClass;
import dev.frontline.capacity.engine.PlanSettings;
import dev.frontline.capacity.engine.SupplyAgent;

/**
 * Who handles the plan's contacts, for the quality models: the FTE on the phones summed over the plan's weeks, today's
 * agents and the classes apart, and how new they are ({@code exp(−tenure/τ)} weighted by FTE). The lever models are
 * linear, so the workforce's average quality is the model at the FTE-weighted average covariates: the onboarding
 * lengths count for the hires' share only (today's agents are onboarded already), the coaching time for everyone, on
 * top of the training the centre gives today ({@code practice.coachingHours()}, which the models are centred on).
 */
final class Workforce {

    /** The average covariates of the plan's workforce under a setting. */
    record Mix(double qaNewness, double fcrNewness, double hireShare, Map<Term, Double> levers) {
    }

    private final PlanSettings settings;
    private final LeverModel qa;
    private final LeverModel fcr;
    private final FrontierLevers practice;
    private double existingFte;
    private double existingQaNewness;
    private double existingFcrNewness;

    Workforce(CapacityInput plan, LeverModel qa, LeverModel fcr, FrontierLevers practice) {
        this.settings = plan.settings();
        this.qa = qa;
        this.fcr = fcr;
        this.practice = practice;
        for (SupplyAgent a : plan.agents()) {
            long tenure = ChronoUnit.DAYS.between(a.hiredOn(), settings.firstWeek());
            for (int w = 0; w < settings.weeks(); w++) {
                LocalDate week = settings.week(w);
                double fte = a.fte() * a.proficiencyOn(week)
                        * plan.attrition().survival(tenure, w * 7L, AttritionModel.Bound.EXPECTED);
                double weeksIn = (tenure + w * 7.0) / 7;
                existingFte += fte;
                existingQaNewness += fte * qa.newness(weeksIn);
                existingFcrNewness += fte * fcr.newness(weeksIn);
            }
        }
    }

    Mix mix(List<HiringClass> classes, AttritionModel attrition, double keep, FrontierLevers levers) {
        double hireFte = 0;
        double qaNew = existingQaNewness;
        double fcrNew = existingFcrNewness;
        for (HiringClass c : classes) {
            for (int w = 0; w < settings.weeks(); w++) {
                LocalDate week = settings.week(w);
                double fte = c.size() * c.ftePerHire(week, attrition, AttritionModel.Bound.EXPECTED) * keep;
                if (fte <= 0) {
                    continue;
                }
                double weeksIn = ChronoUnit.DAYS.between(c.start(), week) / 7.0;
                hireFte += fte;
                qaNew += fte * qa.newness(weeksIn);
                fcrNew += fte * fcr.newness(weeksIn);
            }
        }
        double total = existingFte + hireFte;
        if (total <= 0) {
            return new Mix(0, 0, 0, LeverModel.levers(practice.classroomWeeks(), practice.nestingWeeks(),
                    practice.coachingHours() + levers.coachingHours()));
        }
        double share = hireFte / total;
        return new Mix(qaNew / total, fcrNew / total, share, LeverModel.levers(
                practice.classroomWeeks() + share * (levers.classroomWeeks() - practice.classroomWeeks()),
                practice.nestingWeeks() + share * (levers.nestingWeeks() - practice.nestingWeeks()),
                practice.coachingHours() + levers.coachingHours()));
    }
}
