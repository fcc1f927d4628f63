package dev.frontline.roster.engine;

import java.util.Arrays;

import ai.timefold.solver.core.api.score.director.ScoreDirector;
import ai.timefold.solver.core.impl.heuristic.selector.common.decorator.SelectionFilter;
import ai.timefold.solver.core.impl.heuristic.selector.move.generic.ChangeMove;

/**
 * Keeps only the stagger-bucket moves that move a break: the day is worked, its shift has breaks, and the new bucket
 * places them in other intervals. Buckets often share a placement (a break picks among as few as two candidates), and a
 * day off or a shift without breaks has nothing to move, so without this most such moves would be evaluated for a
 * score that cannot change. The placements are cached per skill set, day, shift and bucket, so the test is cheap.
 */
public class BreakBucketFilter implements SelectionFilter<Roster, ChangeMove<Roster>> {

    @Override
    public boolean accept(ScoreDirector<Roster> scoreDirector, ChangeMove<Roster> move) {
        if (!(move.getEntity() instanceof AgentDay day) || !day.hasBreaks() || day.getDemandIndex() == null) {
            return false;
        }
        int bucket = (Integer) move.getToPlanningValue();
        return bucket != day.staggerBucket() && !Arrays.equals(day.getPresence(),
                day.getDemandIndex().presence(day.getAgent(), day.getDay(), day.getShift(), bucket));
    }
}
