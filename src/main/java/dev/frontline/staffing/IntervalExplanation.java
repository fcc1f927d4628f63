package dev.frontline.staffing;

import java.time.OffsetDateTime;
import java.util.Map;

import dev.frontline.staffing.engine.StaffingModel;

/**
 * Why one interval of a requirement version needs its agents: the stored sentence, and rebuilt from the version's
 * recorded inputs the model, the inputs, the formula and the goal one agent fewer would miss.
 */
public record IntervalExplanation(OffsetDateTime intervalStart, String label, int requiredAgents, double scheduledAgents,
                                  StaffingModel model, Map<String, Object> inputs, String formula, String sentence,
                                  String bindingConstraint) {
}
