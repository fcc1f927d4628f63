package dev.frontline.staffing;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

import dev.frontline.staffing.engine.ErlangA;
import dev.frontline.staffing.engine.IntervalWorkload;
import dev.frontline.staffing.engine.QueueMetrics;
import dev.frontline.staffing.engine.StaffingInputException;
import dev.frontline.staffing.engine.ServiceGoal;
import dev.frontline.staffing.engine.Shrinkage;
import dev.frontline.staffing.engine.StaffingModel;
import dev.frontline.staffing.engine.StaffingRequirement;
import dev.frontline.staffing.engine.VoiceQueue;
import dev.frontline.staffing.engine.VoiceRequirementCalculator;
import dev.frontline.shared.text.Phrase;

/**
 * The planner's single-interval Erlang calculator: the requirement and a what-if table around it, the same figures
 * as the {@code erlang} command. Percentages in and out are in percent (80 = 80 %).
 */
@Service
public class ErlangCalculator {

    /** Rows shown below the requirement (never below the offered load) and above it. */
    static final int ROWS_BELOW = 10;
    static final int ROWS_ABOVE = 2;

    /**
     * @param sizeWithErlangA size with Erlang A (needs patience); otherwise Erlang C, and patience only adds the
     *                        abandon column, as on the reference calculator
     */
    public record Input(double calls, double periodMinutes, double ahtSeconds, double slPercent, double thresholdSeconds,
                        Double asaGoalSeconds, double maxOccupancyPercent, double shrinkagePercent, Double patienceSeconds,
                        boolean sizeWithErlangA) {
    }

    /** One what-if row; ASA is null when the queue is unstable, abandon % null without patience. */
    public record Row(int agents, double slPercent, Double asaSeconds, double occupancyPercent,
                      double answeredImmediatelyPercent, Double abandonPercent, double scheduled, boolean required) {
    }

    public record Result(StaffingModel model, double offeredLoad, StaffingRequirement requirement, List<Row> rows) {
        public Row requiredRow() {
            return rows.stream().filter(Row::required).findFirst().orElseThrow();
        }
    }

    /** Throws {@link IllegalArgumentException} naming the field (e.g. "AHT (seconds): '0' must be greater than zero"). */
    @PreAuthorize("hasRole('PLANNER')")
    public Result calculate(Input in) {
        ServiceGoal goal = new ServiceGoal(in.slPercent() / 100, in.thresholdSeconds(), in.maxOccupancyPercent() / 100,
                in.asaGoalSeconds() == null ? OptionalDouble.empty() : OptionalDouble.of(in.asaGoalSeconds()));
        if (in.sizeWithErlangA() && in.patienceSeconds() == null) {
            throw new StaffingInputException("patience (seconds)", Phrase.of("staffing.error.patience-required"));
        }
        OptionalDouble patience = in.patienceSeconds() == null ? OptionalDouble.empty() : OptionalDouble.of(in.patienceSeconds());
        StaffingModel model = in.sizeWithErlangA() ? StaffingModel.ERLANG_A : StaffingModel.ERLANG_C;
        VoiceQueue queue = new VoiceQueue(model, goal, patience, Shrinkage.ofTotalPercent(in.shrinkagePercent()));
        IntervalWorkload workload = new IntervalWorkload(in.calls(), in.periodMinutes() * 60, in.ahtSeconds());
        StaffingRequirement requirement = VoiceRequirementCalculator.require(queue, workload, "");
        int required = requirement.agents();
        List<Row> rows = new ArrayList<>();
        int from = Math.max(Math.max(0, required - ROWS_BELOW), (int) Math.floor(workload.offeredLoad()));
        for (int n = from; n <= required + ROWS_ABOVE; n++) {
            QueueMetrics m = queue.metrics(workload, n);
            Double abandon = null;
            if (patience.isPresent()) {
                abandon = 100 * (model == StaffingModel.ERLANG_A ? m.abandonment()
                        : ErlangA.metrics(workload, n, goal.thresholdSeconds(), patience.getAsDouble()).abandonment());
            }
            rows.add(new Row(n, m.serviceLevel() * 100, m.asaSeconds().isPresent() ? m.asaSeconds().getAsDouble() : null,
                    m.occupancy() * 100, m.answeredImmediately() * 100, abandon,
                    queue.shrinkage().schedule(n).roundedToHalf(), n == required));
        }
        return new Result(model, workload.offeredLoad(), requirement, rows);
    }
}
