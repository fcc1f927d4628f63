package dev.frontline.staffing;

import java.time.Instant;
import java.util.List;

import org.springframework.stereotype.Service;

import dev.frontline.staffing.persistence.RequirementRepository;

/**
 * Read-only access to stored requirement versions and their intervals for other features, without
 * {@link RequirementService}'s planner-only rule: the caller applies its own (plan against actual is for planners and
 * HR). It writes nothing and computes nothing, so the requirement tables are read in one place, here in staffing.
 */
@Service
public class RequirementVersionReader {

    private final RequirementRepository requirements;

    RequirementVersionReader(RequirementRepository requirements) {
        this.requirements = requirements;
    }

    /** Every requirement version of the queue with its forecast's horizon, newest first. */
    public List<RequirementVersionHorizon> versionsOfQueue(long queueId) {
        return requirements.versionsOfQueue(queueId);
    }

    /** A version's intervals starting in {@code [from, to)}, in time order. */
    public List<RequirementRow> intervals(long requirementVersionId, Instant from, Instant to) {
        return requirements.intervals(requirementVersionId, from, to);
    }
}
