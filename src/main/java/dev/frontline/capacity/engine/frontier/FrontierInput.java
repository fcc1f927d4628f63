package dev.frontline.capacity.engine.frontier;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import dev.frontline.capacity.engine.CapacityInput;
import dev.frontline.capacity.engine.OnboardingPath;

/**
 * What the frontier is computed from.
 *
 * @param plan          the current scenario's input (its levers applied, its planner's classes, no proposals)
 * @param paths         each queue's onboarding path under the current plan
 * @param earliestStart the first Monday a new class can start (today plus the recruiting lead time)
 * @param minClassSize  the smallest class worth running
 * @param practice      the centre's practice the quality data come from (the onboarding path's own lengths, the
 *                      coaching time measured): today's agents were onboarded so
 * @param current       the current plan's levers (it is one of the grid's points)
 * @param grid          the settings to evaluate
 * @param qa            QA against tenure, onboarding and coaching
 * @param fcr           FCR likewise
 * @param earlyExit     the share of hires leaving in their first 13 weeks against onboarding
 */
public record FrontierInput(CapacityInput plan, Map<String, OnboardingPath> paths, LocalDate earliestStart,
        int minClassSize, FrontierLevers practice, FrontierLevers current, List<FrontierLevers> grid, LeverModel qa, LeverModel fcr,
        LeverModel earlyExit) {

    public FrontierInput {
        paths = Map.copyOf(paths);
        grid = List.copyOf(grid);
    }

    /**
     * The default grid around the current plan: classroom −1 to +2 weeks, nesting −2, 0, +2 weeks, coaching +0, +1, +2
     * hours, the queues' own goal or 80 % or 90 %, occupancy cap at today's or 80 % or 90 %: up to 324 settings.
     */
    public static List<FrontierLevers> grid(FrontierLevers current) {
        List<FrontierLevers> grid = new java.util.ArrayList<>();
        java.util.Set<Integer> classroom = new java.util.TreeSet<>();
        for (int d = -1; d <= 2; d++) {
            classroom.add(Math.clamp(current.classroomWeeks() + d, 1, 26));
        }
        java.util.Set<Integer> nesting = new java.util.TreeSet<>();
        for (int d = -2; d <= 2; d += 2) {
            nesting.add(Math.clamp(current.nestingWeeks() + d, 0, 26));
        }
        java.util.Set<Double> occupancy = new java.util.TreeSet<>(List.of(current.occupancyCapPercent(), 80.0, 90.0));
        java.util.List<Double> goals = new java.util.ArrayList<>();
        goals.add(current.serviceLevelPercent());
        for (double g : new double[] {80, 90}) {
            if (current.serviceLevelPercent() == null || current.serviceLevelPercent() != g) {
                goals.add(g);
            }
        }
        for (int c : classroom) {
            for (int n : nesting) {
                for (int h = 0; h <= 2; h++) {
                    for (Double g : goals) {
                        for (double o : occupancy) {
                            grid.add(new FrontierLevers(c, n, current.coachingHours() + h, g, o));
                        }
                    }
                }
            }
        }
        return grid;
    }
}
