package dev.frontline.roster.engine;

import java.util.Arrays;
import java.util.Locale;

import com.google.ortools.Loader;
import com.google.ortools.linearsolver.MPConstraint;
import com.google.ortools.linearsolver.MPSolver;
import com.google.ortools.linearsolver.MPVariable;

/**
 * A minimisation LP kept in Java arrays (every variable with finite bounds), solved with OR-Tools, whose answer is a
 * <em>proven</em> lower bound whatever the solver's accuracy: the Lagrangian bound of the solver's row duals y,
 * <pre>  L(y) = Σ_i y_i·(lb_i if y_i &gt; 0, ub_i if y_i &lt; 0) + Σ_j min over l_j ≤ x_j ≤ u_j of (c_j − Σ_i y_i a_ij)·x_j</pre>
 * which is ≤ c·x for every feasible x and any y (a row's dual is set to 0 where its side is infinite). With an exact
 * optimal dual it equals the optimum; with the first-order solver PDLP's approximate dual it is a little lower, and
 * PDLP solves the large relaxations in seconds where the simplex method takes minutes.
 */
final class LpModel {

    /** The solver's objective, the proven bound and whether the solver reported an optimum. */
    record Result(double objective, double bound, boolean optimal, double[] values) {
    }

    private double[] varLower = new double[1024];
    private double[] varUpper = new double[1024];
    private double[] cost = new double[1024];
    private int vars;
    private double[] rowLower = new double[1024];
    private double[] rowUpper = new double[1024];
    private int rows;
    private int[] entryRow = new int[4096];
    private int[] entryVar = new int[4096];
    private double[] entryValue = new double[4096];
    private int entries;

    int variable(double lower, double upper, double objective) {
        if (!Double.isFinite(lower) || !Double.isFinite(upper)) {
            throw new IllegalArgumentException("LP variables need finite bounds, got " + lower + ".." + upper);
        }
        if (vars == cost.length) {
            varLower = Arrays.copyOf(varLower, vars * 2);
            varUpper = Arrays.copyOf(varUpper, vars * 2);
            cost = Arrays.copyOf(cost, vars * 2);
        }
        varLower[vars] = lower;
        varUpper[vars] = upper;
        cost[vars] = objective;
        return vars++;
    }

    int row(double lower, double upper) {
        if (rows == rowLower.length) {
            rowLower = Arrays.copyOf(rowLower, rows * 2);
            rowUpper = Arrays.copyOf(rowUpper, rows * 2);
        }
        rowLower[rows] = lower;
        rowUpper[rows] = upper;
        return rows++;
    }

    /** Adds value · variable to a row (a variable appears in a row once). */
    void add(int row, int variable, double value) {
        if (entries == entryRow.length) {
            entryRow = Arrays.copyOf(entryRow, entries * 2);
            entryVar = Arrays.copyOf(entryVar, entries * 2);
            entryValue = Arrays.copyOf(entryValue, entries * 2);
        }
        entryRow[entries] = row;
        entryVar[entries] = variable;
        entryValue[entries] = value;
        entries++;
    }

    int variables() {
        return vars;
    }

    int rows() {
        return rows;
    }

    /**
     * @param solverId an OR-Tools linear solver, "PDLP" or "GLOP"
     * @param seconds time limit; a solve stopped by it still gives a (weaker) proven bound
     * @param tolerance PDLP's relative and absolute optimality tolerance, or 0 for its default; a looser one is faster
     *        and its bound (still proven) a little weaker
     */
    Result solve(String solverId, double seconds, double tolerance) {
        Loader.loadNativeLibraries();
        MPSolver solver = MPSolver.createSolver(solverId);
        if (solver == null) {
            throw new IllegalStateException("OR-Tools has no " + solverId + " solver on this platform");
        }
        try {
            MPVariable[] x = new MPVariable[vars];
            for (int j = 0; j < vars; j++) {
                x[j] = solver.makeNumVar(varLower[j], varUpper[j], "");
                solver.objective().setCoefficient(x[j], cost[j]);
            }
            solver.objective().setMinimization();
            MPConstraint[] constraint = new MPConstraint[rows];
            for (int i = 0; i < rows; i++) {
                constraint[i] = solver.makeConstraint(rowLower[i], rowUpper[i], "");
            }
            for (int e = 0; e < entries; e++) {
                // a variable added to a row twice (a shift's presence less its thinned breaks) counts the sum
                MPConstraint row = constraint[entryRow[e]];
                row.setCoefficient(x[entryVar[e]], row.getCoefficient(x[entryVar[e]]) + entryValue[e]);
            }
            solver.setTimeLimit((long) (seconds * 1000));
            if (solverId.equals("PDLP")) {
                // one thread: the same answer on every run (the first roster is built from it), and the machine's other
                // core stays with whoever else is working
                solver.setSolverSpecificParametersAsString("num_threads: 1" + (tolerance > 0 ? String.format(Locale.ROOT,
                        " termination_criteria { simple_optimality_criteria { eps_optimal_absolute: %g"
                                + " eps_optimal_relative: %g } }", tolerance, tolerance) : ""));
            }
            MPSolver.ResultStatus status = solver.solve();
            boolean optimal = status == MPSolver.ResultStatus.OPTIMAL;
            boolean answered = optimal || status == MPSolver.ResultStatus.FEASIBLE;
            if (!answered) {
                return new Result(Double.NaN, Double.NEGATIVE_INFINITY, false, new double[vars]);
            }
            double[] dual = new double[rows];
            for (int i = 0; i < rows; i++) {
                dual[i] = constraint[i].dualValue();
            }
            double[] values = new double[vars];
            for (int j = 0; j < vars; j++) {
                values[j] = x[j].solutionValue();
            }
            return new Result(solver.objective().value(), lagrangianBound(dual), optimal, values);
        } finally {
            solver.delete();
        }
    }

    /** L(y) of the class comment, for any row duals. */
    double lagrangianBound(double[] dual) {
        double[] y = dual.clone();
        double bound = 0;
        for (int i = 0; i < rows; i++) {
            if (y[i] > 0 && Double.isFinite(rowLower[i])) {
                bound += y[i] * rowLower[i];
            } else if (y[i] < 0 && Double.isFinite(rowUpper[i])) {
                bound += y[i] * rowUpper[i];
            } else {
                y[i] = 0;
            }
        }
        double[] reduced = Arrays.copyOf(cost, vars);
        for (int e = 0; e < entries; e++) {
            reduced[entryVar[e]] -= y[entryRow[e]] * entryValue[e];
        }
        for (int j = 0; j < vars; j++) {
            bound += reduced[j] * (reduced[j] >= 0 ? varLower[j] : varUpper[j]);
        }
        return bound;
    }
}
