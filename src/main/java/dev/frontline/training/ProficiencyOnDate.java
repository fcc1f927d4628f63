package dev.frontline.training;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.frontline.training.engine.SkillRamp;
import dev.frontline.training.persistence.TrainingSupplyRepository;

/**
 * An agent's proficiency on a skill for a date, as skill supply is planned: the level held, ramped along the centre's
 * learning curve from where it started — a course's gain, or a new hire's nesting ({@link SkillRamp}) — so a newly
 * chat-skilled agent counts less in week 1 than in week 8. Role-neutral: the roster loader asks it for whoever plans.
 */
@Service
public class ProficiencyOnDate {

    /** Full proficiency: an experienced agent's speed. */
    public static final double FULL = 1.0;

    private final TrainingSupplyRepository repository;
    private final LearningCurves curves;

    ProficiencyOnDate(TrainingSupplyRepository repository, LearningCurves curves) {
        this.repository = repository;
        this.curves = curves;
    }

    /** Every agent's skill starts up to {@code date}, read once for a whole problem. */
    @Transactional(readOnly = true)
    public Proficiencies on(LocalDate date) {
        Map<Long, Map<Long, SkillRamp.Gain>> gains = new HashMap<>();
        repository.latestGains(date).forEach(g -> gains.computeIfAbsent(g.agentId(), a -> new HashMap<>())
                .put(g.skillId(), new SkillRamp.Gain(g.gainedOn(), g.startedAt().doubleValue())));
        Map<Long, SkillRamp.Nesting> nesting = new HashMap<>();
        repository.nestingStarts(date).forEach(n -> nesting.put(n.agentId(),
                new SkillRamp.Nesting(n.enrolledOn(), n.nestingFrom(), n.nestingProficiency().doubleValue())));
        return new Proficiencies(date, new SkillRamp(curves.inUse().curve(), FULL), gains, nesting);
    }

    /**
     * What the agents employed on {@code date} who hold the skill supply that day, each at their ramped proficiency:
     * the staffing pages' skill supply next to a requirement.
     */
    @Transactional(readOnly = true)
    public SkillSupply supply(long skillId, LocalDate date) {
        Proficiencies proficiencies = on(date);
        return SkillSupply.of(date, repository.skillHolders(skillId, date).stream()
                .map(h -> new SkillSupply.Holder(h.employeeNumber(), h.name(),
                        proficiencies.explain(h.agentId(), skillId, h.held().doubleValue())))
                .toList());
    }

    /** The proficiencies of one date. */
    public record Proficiencies(LocalDate date, SkillRamp ramp, Map<Long, Map<Long, SkillRamp.Gain>> gains,
                                Map<Long, SkillRamp.Nesting> nesting) {

        /** The proficiency of an agent's skill held at {@code held}, on this date. */
        public double of(long agentId, long skillId, double held) {
            return explain(agentId, skillId, held).proficiency();
        }

        /**
         * The same with where its curve started and how many weeks ago. A new hire who passes a skill course during
         * onboarding is held to the lower of the two curves: the nesting level caps every skill until it ramps.
         */
        public SkillRamp.OnDate explain(long agentId, long skillId, double held) {
            SkillRamp.Gain gain = gains.getOrDefault(agentId, Map.of()).get(skillId);
            SkillRamp.OnDate byGain = ramp.on(date, held, gain);
            SkillRamp.OnDate byNesting = ramp.on(date, held, nesting.get(agentId));
            if (byGain.start() == null) {
                return byNesting;
            }
            return byNesting.start() != null && byNesting.proficiency() < byGain.proficiency() ? byNesting : byGain;
        }
    }
}
