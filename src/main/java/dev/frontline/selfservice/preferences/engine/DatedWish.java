package dev.frontline.selfservice.preferences.engine;

import java.time.LocalDate;

/**
 * One date of an agent's wish, as the judge reads it: the agent's engine id (employee number), the team, the kind,
 * and for {@link Kind#START} the earliest and latest start wanted (minutes of the day).
 */
public record DatedWish(long wishId, String agentId, String team, Kind kind, LocalDate date, int earliestMinute,
        int latestMinute) {

    public enum Kind {
        START, DAY_OFF, DAY_ON, HOME, OFFICE
    }
}
