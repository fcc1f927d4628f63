package dev.frontline.quality.speed;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import dev.frontline.quality.speed.engine.KpiFigures;

/**
 * The centre's quality headline for HR's start page: this month (the month of the last recorded day) against the one
 * before, and the months before that for the trend. Empty figures when nothing was recorded.
 */
public record QualityHeadline(LocalDate lastDay, YearMonth month, KpiFigures thisMonth, KpiFigures lastMonth,
        List<MonthFigures> trend) {

    public record MonthFigures(YearMonth month, KpiFigures figures) {
    }

    public boolean recorded() {
        return lastDay != null;
    }
}
