package dev.frontline.staffing;

import java.time.OffsetDateTime;
import java.util.Map;

import dev.frontline.staffing.engine.StaffingModel;
import dev.frontline.shared.text.Phrase;

/**
 * Why one interval of a requirement version needs its agents, rebuilt from the version's recorded inputs: the
 * sentence and the formula (as sentences of the bundles, for the planner's language), the model, the inputs and the
 * goal one agent fewer would miss.
 */
public record IntervalExplanation(OffsetDateTime intervalStart, String label, int requiredAgents, double scheduledAgents,
                                  StaffingModel model, Map<String, Object> inputs, Phrase formula, Phrase sentence,
                                  String bindingConstraint) {
}
