package dev.frontline.quality.speed;

import java.time.LocalDate;

/** Who an agent is, for naming them next to their figures: their team is the one they belong to today. */
public record AgentRef(long id, String employeeNumber, String firstName, String lastName, Long teamId,
        LocalDate hireDate, LocalDate exitDate) {

    public String name() {
        return firstName + " " + lastName;
    }
}
