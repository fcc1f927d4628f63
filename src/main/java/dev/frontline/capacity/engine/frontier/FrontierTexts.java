package dev.frontline.capacity.engine.frontier;

import java.util.ArrayList;
import java.util.List;

import dev.frontline.shared.text.Phrase;

/** The frontier's explanations: what each point's figures come from, and what the data could and could not tell. */
final class FrontierTexts {

    private FrontierTexts() {
    }

    static List<Phrase> why(FrontierPoint p, FrontierInput input, int classes, double hireShare) {
        FrontierLevers l = p.levers();
        List<Phrase> why = new ArrayList<>();
        why.add(Phrase.of("capacity.frontier.why.levers", l.classroomWeeks(), l.nestingWeeks(), l.coachingHours(),
                l.serviceLevelPercent() == null ? Phrase.of("capacity.frontier.goal.own")
                        : Phrase.of("capacity.frontier.goal.set", l.serviceLevelPercent()),
                l.occupancyCapPercent()));
        if (p.current()) {
            why.add(Phrase.of("capacity.frontier.why.current"));
        }
        why.add(Phrase.of("capacity.frontier.why.speed", round1(100 * p.serviceLevel()), round1(p.asaSeconds()),
                p.hires(), classes, p.weeksBelowGoal()));
        why.add(quality(input.qa(), p.qa(), hireShare));
        why.add(quality(input.fcr(), p.fcr(), hireShare));
        if (p.earlyExitChange() != 0) {
            why.add(Phrase.of("capacity.frontier.why.exits", round1(100 * p.earlyExitChange()),
                    input.earlyExit().observations(), input.earlyExit().cohorts()));
        }
        why.add(Phrase.of("capacity.frontier.why.cost", p.hires(), round1(p.hireFteWeeks()),
                round1(p.coachingFteWeeks())));
        return why;
    }

    private static Phrase quality(LeverModel m, LeverModel.Prediction p, double hireShare) {
        if (!p.known()) {
            return Phrase.of("capacity.frontier.why.quality-unknown", measure(m), m.observations(), m.agents());
        }
        return Phrase.of("capacity.frontier.why.quality", measure(m), round1(p.value()), round1(p.margin95()),
                m.observations(), m.agents(), m.cohorts(), round1(100 * hireShare));
    }

    /** One sentence per model and per term it considered. */
    static List<Phrase> notes(FrontierInput input) {
        List<Phrase> notes = new ArrayList<>();
        for (LeverModel m : List.of(input.qa(), input.fcr(), input.earlyExit())) {
            double scale = m.measure() == LeverModel.Measure.EARLY_EXIT ? 100 : 1;
            if (!m.enough()) {
                notes.add(Phrase.of("capacity.frontier.note.model-none", measure(m), m.observations(), m.agents()));
                continue;
            }
            notes.add(Phrase.of("capacity.frontier.note.model", measure(m), m.observations(), m.agents(), m.cohorts(),
                    round1(scale * m.level().estimate()), round1(scale * m.level().margin95())));
            for (Effect e : m.effects()) {
                notes.add(effect(m, e, scale));
            }
        }
        return notes;
    }

    private static Phrase effect(LeverModel m, Effect e, double scale) {
        Phrase term = Phrase.of("capacity.frontier.term." + e.term().name());
        return switch (e.status()) {
            case USED -> e.term() == Term.NEW_HIRE
                    ? Phrase.of("capacity.frontier.note.ramp", measure(m), round1(scale * e.estimate()),
                            round1(scale * e.margin95()), m.tauWeeks())
                    : Phrase.of("capacity.frontier.effect.used", measure(m), term, round2(scale * e.estimate()),
                            round2(scale * e.margin95()), e.cohorts());
            case NOT_SIGNIFICANT -> Phrase.of("capacity.frontier.effect.not-significant", measure(m), term,
                    round2(scale * e.estimate()), round2(scale * e.margin95()));
            case TOO_FEW_COHORTS -> Phrase.of("capacity.frontier.effect.too-few-cohorts", measure(m), term,
                    e.cohorts(), e.distinctValues(), LeverModelFit.MIN_COHORTS);
            case TOO_LITTLE_VARIATION -> Phrase.of("capacity.frontier.effect.too-little-variation", measure(m), term,
                    LeverModelFit.MIN_AGENTS);
            case CONFOUNDED -> Phrase.of("capacity.frontier.effect.confounded", measure(m), e.cohorts());
        };
    }

    private static Phrase measure(LeverModel m) {
        return Phrase.of("capacity.frontier.measure." + m.measure().name());
    }

    static double round1(double v) {
        return Double.isFinite(v) ? Math.round(v * 10) / 10.0 : 0;
    }

    static double round2(double v) {
        return Double.isFinite(v) ? Math.round(v * 100) / 100.0 : 0;
    }
}
