package dev.frontline.attrition.engine;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Early attrition: of the agents hired inside the records whose first {@value #DAYS} days are over, the share that
 * left within them. Hires of the last {@value #DAYS} days are left out — they have not had the chance to leave early
 * yet, and counting them would flatter the figure.
 */
public final class EarlyAttrition {

    public static final int DAYS = 90;

    private EarlyAttrition() {
    }

    public record Cohort(String cohort, int hires, int earlyLeavers) {

        public double percent() {
            return hires == 0 ? 0 : 100.0 * earlyLeavers / hires;
        }
    }

    public record Result(Cohort overall, List<Cohort> byCohort) {
    }

    public static Result of(List<Employment> employments, FollowUp records) {
        LocalDate lastCountedHire = records.asOf().minusDays(DAYS);
        Map<String, int[]> counts = new TreeMap<>();
        int hires = 0;
        int early = 0;
        for (Employment e : employments) {
            if (e.hireDate().isBefore(records.from()) || e.hireDate().isAfter(lastCountedHire)) {
                continue;
            }
            boolean leftEarly = e.exitDate() != null && e.tenureDaysOn(e.exitDate()) <= DAYS;
            int[] cell = counts.computeIfAbsent(Cohorts.of(e.hireDate(), records.from()), c -> new int[2]);
            cell[0]++;
            hires++;
            if (leftEarly) {
                cell[1]++;
                early++;
            }
        }
        List<Cohort> cohorts = new ArrayList<>();
        counts.forEach((cohort, cell) -> cohorts.add(new Cohort(cohort, cell[0], cell[1])));
        return new Result(new Cohort("all", hires, early), List.copyOf(cohorts));
    }
}
