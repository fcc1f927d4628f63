package dev.frontline.capacity.engine;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

import dev.frontline.shared.text.Phrase;
import dev.frontline.training.engine.LearningCurve;

/**
 * An employed agent's share of one queue's supply: the FTE they give the queue ({@code fte}, their contract's hours
 * over a full-time week, split over the plan's queues they hold) and their proficiency on it. An agent still in
 * training or nesting has a ramp: nothing before {@code onPhonesFrom}, then {@code rampFrom} rising to 1.0 — along
 * the centre's learning curve ({@code curve}, the one the roster and staffing read proficiency from) when one is given,
 * else linearly over {@code rampWeeks}; without a ramp the proficiency stays where it is. {@code until} (null: the
 * whole plan) ends the share: from that day the agent gives the queue nothing, as when part of their time moves to a
 * new skill.
 */
public record SupplyAgent(String id, String queueCode, LocalDate hiredOn, double fte, double proficiency,
        LocalDate onPhonesFrom, double rampFrom, int rampWeeks, LocalDate until, LearningCurve curve) {

    public SupplyAgent(String id, String queueCode, LocalDate hiredOn, double fte, double proficiency,
            LocalDate onPhonesFrom, double rampFrom, int rampWeeks) {
        this(id, queueCode, hiredOn, fte, proficiency, onPhonesFrom, rampFrom, rampWeeks, null, null);
    }

    public SupplyAgent(String id, String queueCode, LocalDate hiredOn, double fte, double proficiency,
            LocalDate onPhonesFrom, double rampFrom, int rampWeeks, LocalDate until) {
        this(id, queueCode, hiredOn, fte, proficiency, onPhonesFrom, rampFrom, rampWeeks, until, null);
    }

    public SupplyAgent {
        if (!(fte >= 0 && fte <= 2)) {
            throw new CapacityInputException("fte", Phrase.of("capacity.input.agent-fte", id, fte));
        }
        if (!(proficiency > 0 && proficiency <= 1)) {
            throw new CapacityInputException("proficiency", Phrase.of("capacity.input.agent-proficiency", id, proficiency * 100));
        }
        if (rampWeeks < 0 || (onPhonesFrom != null && !(rampFrom > 0 && rampFrom <= 1))) {
            throw new CapacityInputException("rampFrom", Phrase.of("capacity.input.agent-ramp", id));
        }
    }

    public static SupplyAgent steady(String id, String queueCode, LocalDate hiredOn, double fte, double proficiency) {
        return new SupplyAgent(id, queueCode, hiredOn, fte, proficiency, null, 1, 0);
    }

    /** Proficiency on {@code date}: 0 before going on the phones, then the ramp, then the steady proficiency. */
    public double proficiencyOn(LocalDate date) {
        if (until != null && !date.isBefore(until)) {
            return 0;
        }
        if (curve != null && onPhonesFrom != null) {
            return date.isBefore(onPhonesFrom) ? 0
                    : curve.proficiency(rampFrom, 1.0, ChronoUnit.DAYS.between(onPhonesFrom, date) / 7.0);
        }
        return Ramp.proficiency(onPhonesFrom, rampFrom, rampWeeks, proficiency, date);
    }

    /** The same share ramping along the learning curve instead of linearly. */
    public SupplyAgent alongCurve(LearningCurve learningCurve) {
        return new SupplyAgent(id, queueCode, hiredOn, fte, proficiency, onPhonesFrom, rampFrom, rampWeeks, until,
                learningCurve);
    }

    /** The same share with a different FTE, ending on {@code end} (null: never). */
    public SupplyAgent withFte(double newFte, LocalDate end) {
        return new SupplyAgent(id, queueCode, hiredOn, newFte, proficiency, onPhonesFrom, rampFrom, rampWeeks, end, curve);
    }

    long tenureDaysOn(LocalDate date) {
        return ChronoUnit.DAYS.between(hiredOn, date);
    }

    /** The ramp arithmetic shared by agents and planned classes. */
    static final class Ramp {

        private Ramp() {
        }

        static double proficiency(LocalDate onPhonesFrom, double rampFrom, int rampWeeks, double steady, LocalDate date) {
            if (onPhonesFrom == null) {
                return steady;
            }
            if (date.isBefore(onPhonesFrom)) {
                return 0;
            }
            double weeks = ChronoUnit.DAYS.between(onPhonesFrom, date) / 7.0;
            if (rampWeeks == 0 || weeks >= rampWeeks) {
                return Math.max(steady, 1.0);
            }
            return rampFrom + (1 - rampFrom) * weeks / rampWeeks;
        }
    }
}
