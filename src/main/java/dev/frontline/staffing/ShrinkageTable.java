package dev.frontline.staffing;

import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Resolves the effective shrinkage of a queue on a weekday from the table's rows: the most specific row wins
 * (queue + weekday, then queue, then weekday, then the default); with no row at all the shrinkage is zero.
 */
public final class ShrinkageTable {

    private final List<ShrinkageRule> rules;

    public ShrinkageTable(List<ShrinkageRule> rules) {
        this.rules = List.copyOf(rules);
    }

    public List<ShrinkageRule> rules() {
        return rules;
    }

    public EffectiveShrinkage effective(long queueId, DayOfWeek weekday) {
        ShrinkageRule best = null;
        ShrinkageSource bestSource = ShrinkageSource.NONE;
        for (ShrinkageRule rule : rules) {
            ShrinkageSource source = matches(rule, queueId, weekday);
            if (source != null && source.ordinal() < bestSource.ordinal()) {
                best = rule;
                bestSource = source;
            }
        }
        return best == null ? new EffectiveShrinkage(weekday, 0, 0, ShrinkageSource.NONE)
                : new EffectiveShrinkage(weekday, best.plannedPercent(), best.unplannedPercent(), bestSource);
    }

    /** Monday to Sunday. */
    public List<EffectiveShrinkage> week(long queueId) {
        List<EffectiveShrinkage> week = new ArrayList<>(7);
        for (DayOfWeek day : DayOfWeek.values()) {
            week.add(effective(queueId, day));
        }
        return week;
    }

    private static ShrinkageSource matches(ShrinkageRule rule, long queueId, DayOfWeek weekday) {
        boolean queueMatches = rule.queueId() == null || Objects.equals(rule.queueId(), queueId);
        boolean dayMatches = rule.weekday() == null || rule.weekday() == weekday;
        if (!queueMatches || !dayMatches) {
            return null;
        }
        if (rule.queueId() != null) {
            return rule.weekday() != null ? ShrinkageSource.QUEUE_WEEKDAY : ShrinkageSource.QUEUE;
        }
        return rule.weekday() != null ? ShrinkageSource.WEEKDAY : ShrinkageSource.DEFAULT;
    }
}
