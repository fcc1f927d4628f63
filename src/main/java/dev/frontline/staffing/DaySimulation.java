package dev.frontline.staffing;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import dev.frontline.staffing.simulation.Estimate;

/**
 * One local day of a requirement version replayed by the discrete-event simulator with the required agents in each
 * interval: simulated service level, ASA and abandonment (means over replications with 95 % confidence intervals)
 * next to the figures the Erlang model predicted. Proportions in percent.
 */
public record DaySimulation(LocalDate day, int replications, List<Row> rows, Estimate daySlPercent, Estimate dayAsaSeconds,
                            Estimate dayAbandonPercent, Double erlangDaySlPercent) {

    public record Row(OffsetDateTime intervalStart, String label, double offered, int agents, Double erlangSlPercent,
                      Double erlangAsaSeconds, Double erlangAbandonPercent, Estimate slPercent, Estimate asaSeconds,
                      Estimate abandonPercent) {
    }
}
