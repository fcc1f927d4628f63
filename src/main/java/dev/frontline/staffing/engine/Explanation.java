package dev.frontline.staffing.engine;

import java.util.Map;

/**
 * Why a number is what it is: the model, its inputs as structured data (name → value, in insertion order), the
 * formula in words and one sentence a planner can read.
 */
public record Explanation(StaffingModel model, Map<String, Object> inputs, String formula, String sentence) {

    public Explanation {
        inputs = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(inputs));
    }
}
