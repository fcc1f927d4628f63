package dev.frontline.attrition;

import java.time.LocalDate;

import dev.frontline.attrition.engine.EarlyAttrition;
import dev.frontline.attrition.engine.LeaverForecast;
import dev.frontline.attrition.engine.TurnoverTrend;

/**
 * HR's headline figures on one date: headcount, exits and turnover over the last twelve months (and the twelve
 * before, for the trend; null while the records are shorter), early attrition and the leavers expected over the next twelve months.
 */
public record AttritionOverview(LocalDate recordsFrom, LocalDate asOf, int activeHeadcount, int exitsLast12Months,
        int voluntaryExitsLast12Months, Double turnoverLast12MonthsPercent, Double turnoverPrevious12MonthsPercent,
        EarlyAttrition.Cohort earlyAttrition, LeaverForecast.Month expectedLeaversNext12Months,
        TurnoverTrend.Month latestMonth) {
}
