package dev.frontline.attrition.engine;

import java.time.LocalDate;
import java.util.Optional;

/**
 * The observation window: exits are recorded from {@code from} up to {@code asOf}. An agent hired before
 * {@code from} is followed from their tenure on that day (delayed entry), because anyone hired with them who left
 * earlier is not in the records; someone still employed on {@code asOf} is censored there.
 */
public record FollowUp(LocalDate from, LocalDate asOf) {

    public FollowUp {
        if (!from.isBefore(asOf)) {
            throw new IllegalArgumentException("The observation window must end after it starts: " + from + " .. " + asOf);
        }
    }

    /** The agent's observation in tenure days, or empty when they were not employed for a day inside the window. */
    public Optional<Observation> observe(Employment e) {
        if (e.hireDate().isAfter(asOf) || (e.exitDate() != null && !e.exitDate().isAfter(from))) {
            return Optional.empty();
        }
        double entry = Math.max(0, e.tenureDaysOn(from));
        boolean left = e.exitDate() != null && !e.exitDate().isAfter(asOf);
        double exit = left ? e.tenureDaysOn(e.exitDate()) : e.tenureDaysOn(asOf);
        return exit > entry ? Optional.of(new Observation(entry, exit, left)) : Optional.empty();
    }
}
