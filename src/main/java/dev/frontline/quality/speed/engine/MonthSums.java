package dev.frontline.quality.speed.engine;

import java.time.YearMonth;

/** One agent's sums over the days of one month (within the period asked). */
public record MonthSums(long agentId, YearMonth month, KpiSums sums) {
}
