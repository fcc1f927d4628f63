package dev.frontline.training;

import java.time.LocalDate;
import java.util.List;

/**
 * Where an agent's training sessions are scheduled: the rosters place them (the roster feature implements this, as
 * training knows nothing of rosters).
 */
public interface ScheduledSessions {

    /** The agent's sessions in published rosters from the day on, first first, at most {@code limit}. */
    List<MySession> upcoming(long agentId, LocalDate from, int limit);
}
