package dev.frontline.capacity.engine.frontier;

import java.util.List;

import dev.frontline.shared.text.Phrase;

/**
 * What one lever setting is predicted to give over the plan: speed (volume-weighted service level and ASA of the
 * real-time queues), quality (QA and FCR of the contacts' agents, with standard errors), and cost (hires, their paid
 * FTE-weeks, and the coaching time's FTE-weeks).
 *
 * @param current   the setting of the current plan
 * @param efficient no other setting is at least as fast, as good on QA and FCR and as cheap, and better on one
 * @param why       where each figure comes from and how sure it is
 */
public record FrontierPoint(FrontierLevers levers, boolean current, boolean efficient, double serviceLevel,
        double asaSeconds, int weeksBelowGoal, LeverModel.Prediction qa, LeverModel.Prediction fcr,
        double earlyExitChange, int hires, double hireFteWeeks, double coachingFteWeeks, List<Phrase> why) {

    public FrontierPoint {
        why = List.copyOf(why);
    }

    /** Paid FTE-weeks the setting costs beyond today's staff: the hires' and the coaching time's. */
    public double costFteWeeks() {
        return hireFteWeeks + coachingFteWeeks;
    }

    FrontierPoint withEfficient(boolean e) {
        return new FrontierPoint(levers, current, e, serviceLevel, asaSeconds, weeksBelowGoal, qa, fcr, earlyExitChange,
                hires, hireFteWeeks, coachingFteWeeks, why);
    }
}
