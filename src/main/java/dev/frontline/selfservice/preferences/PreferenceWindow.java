package dev.frontline.selfservice.preferences;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * A period a planner opened for wishes: agents state them until {@code deadline}, each spreading at most
 * {@code priorityBudget} priority points over their wishes.
 */
public record PreferenceWindow(long id, LocalDate firstDay, LocalDate lastDay, OffsetDateTime deadline, int priorityBudget,
        OffsetDateTime createdAt, String createdBy) {

    public boolean isOpenAt(Instant now) {
        return now.isBefore(deadline.toInstant());
    }

    public boolean contains(LocalDate date) {
        return !date.isBefore(firstDay) && !date.isAfter(lastDay);
    }
}
