package dev.frontline.capacity.engine.frontier;

import java.util.ArrayList;
import java.util.List;

/**
 * Keeps the settings no other beats: higher service level, higher QA, higher FCR, lower cost. A quality the models
 * cannot predict counts as equal everywhere, so it neither helps nor hurts a point.
 */
public final class Pareto {

    private Pareto() {
    }

    /** The points marked efficient or not, in the given order. */
    public static List<FrontierPoint> mark(List<FrontierPoint> points) {
        List<FrontierPoint> marked = new ArrayList<>(points.size());
        for (FrontierPoint p : points) {
            boolean dominated = points.stream().anyMatch(o -> o != p && dominates(o, p));
            marked.add(p.withEfficient(!dominated));
        }
        return marked;
    }

    /** {@code a} is at least as good as {@code b} on every objective and better on one. */
    static boolean dominates(FrontierPoint a, FrontierPoint b) {
        double[] x = objectives(a);
        double[] y = objectives(b);
        boolean better = false;
        for (int i = 0; i < x.length; i++) {
            if (x[i] < y[i] - EPSILON[i]) {
                return false;
            }
            if (x[i] > y[i] + EPSILON[i]) {
                better = true;
            }
        }
        return better;
    }

    /** Differences below these (0.01 points of service level, QA or FCR, 0.01 FTE-week) are ties. */
    private static final double[] EPSILON = {1e-4, 1e-2, 1e-2, 1e-2};

    /** Larger is better for every entry. */
    private static double[] objectives(FrontierPoint p) {
        return new double[] {p.serviceLevel(), known(p.qa()), known(p.fcr()), -p.costFteWeeks()};
    }

    private static double known(LeverModel.Prediction p) {
        return p.known() ? p.value() : 0;
    }
}
