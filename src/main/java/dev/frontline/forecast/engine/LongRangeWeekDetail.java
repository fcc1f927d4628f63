package dev.frontline.forecast.engine;

import java.time.LocalDate;
import java.util.List;

/**
 * Where a long-range week's figure came from.
 *
 * @param lead             weeks after the last history week (1 = the next week)
 * @param modelVolume      the model's median before overrides = {@code underlying × (1 + seasonalPercent/100)}
 * @param underlying       the deseasonalised level with its (damped) trend carried {@code lead} weeks ahead
 * @param seasonalPercent  the annual season's effect on this week (0 without annual seasonality)
 * @param volumeOverridePercent the planner overrides' combined effect on the week's volume
 * @param modelAhtSeconds  the AHT model's figure before overrides
 * @param ahtOverridePercent the overrides' combined effect on AHT
 * @param spread80Percent  the half-width of the 80 % interval relative to the median, upper side
 * @param reasons          the reasons of the overrides touching the week, in the order they apply
 * @param ahtLower80       the week's AHT (after overrides) at the lower end of its 80 % interval, and so on: the AHT
 *                         model's h-step error on its logarithm, as the volume's; equal to the AHT when it is a mean
 */
public record LongRangeWeekDetail(LocalDate weekStart, int lead, double modelVolume, double underlying,
                                  double seasonalPercent, double volumeOverridePercent, double modelAhtSeconds,
                                  double ahtOverridePercent, double spread80Percent, List<String> reasons,
                                  double ahtLower80, double ahtUpper80, double ahtLower95, double ahtUpper95) {

    public LongRangeWeekDetail {
        reasons = List.copyOf(reasons);
    }
}
