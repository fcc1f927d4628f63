package dev.frontline.training;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A trainer the catalogue names (not an agent, whose availability is their own shifts) with when they can give a
 * session: one window a weekday, local times of the centre, and the days they are away. No hours and no days away is
 * "any time" (docs/training.md, "Trainers' availability"). {@code version} is 0 until the first edit.
 */
public record Trainer(String name, int version, List<Hours> hours, List<Away> away) {

    public Trainer {
        hours = List.copyOf(hours);
        away = List.copyOf(away);
    }

    /** The trainer teaches on {@code weekday} from {@code from} to {@code to}. */
    public record Hours(DayOfWeek weekday, LocalTime from, LocalTime to) {
    }

    /** The trainer is away the whole {@code day}; the reason is optional. */
    public record Away(LocalDate day, String reason) {
    }

    /** Whether nothing limits the trainer: no weekly hours and no day away (in the API as {@code anyTime}). */
    @JsonProperty("anyTime")
    public boolean anyTime() {
        return hours.isEmpty() && away.isEmpty();
    }
}
