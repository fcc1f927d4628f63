package dev.frontline.selfservice.preferences;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import dev.frontline.db.enums.WishKind;

/**
 * A wish as an agent states it: the kind, a weekday of the window or one date (not both), for START the earliest and
 * latest start, and the priority points it takes from the budget.
 */
public record WishDraft(@NotNull WishKind kind, DayOfWeek weekday, LocalDate date, LocalTime earliestStart,
        LocalTime latestStart, @NotNull @Min(1) @Max(1000) Integer priority) {
}
