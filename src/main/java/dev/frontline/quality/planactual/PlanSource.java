package dev.frontline.quality.planactual;

import java.time.OffsetDateTime;

/**
 * What counted as the plan of a period: the forecast and requirement versions (the newest requirement version made
 * before the period began whose forecast covers all of it) and the published roster that covered it, if any.
 */
public record PlanSource(long forecastVersionId, long requirementVersionId, OffsetDateTime madeAt, String method,
        Long rosterVersionId, String rosterName) {
}
