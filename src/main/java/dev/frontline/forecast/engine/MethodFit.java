package dev.frontline.forecast.engine;

import java.util.Map;

/**
 * A method's forecast for the requested days and the parameters it fitted (for the explanation).
 *
 * @param volume volume[dayIndex][slot]
 */
public record MethodFit(double[][] volume, Map<String, String> parameters) {

    public MethodFit {
        parameters = Map.copyOf(parameters);
    }

    public double dayTotal(int day) {
        double t = 0;
        for (double v : volume[day]) {
            t += v;
        }
        return t;
    }
}
