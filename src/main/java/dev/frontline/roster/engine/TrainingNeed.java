package dev.frontline.roster.engine;

import java.util.List;

/**
 * A training session the roster must place: the {@code sessionNumber}-th of a course's {@code sessionCount} sessions
 * for a cohort that takes it together. It is off-phone time inside each attendee's shift (and the trainer's, when the
 * trainer is an agent), in the course's room when it is a classroom course, on a day from {@code earliestDay} to
 * {@code lastDay} (the due date; both horizon days, {@code lastDay} may lie past the horizon) and after the session
 * named by {@code previousId}.
 *
 * @param roomId    the classroom, null for a virtual course
 * @param roomSeats the classroom's seats (0 for a virtual course)
 * @param siteId    the office the classroom is in: its people work there that day (null for a virtual course)
 * @param trainerAgentId the trainer when the trainer is an agent of the roster, else null
 * @param trainerName    the trainer's name as planners know it (an agent's name or a named trainer)
 */
public record TrainingNeed(String id, String courseCode, String courseName, int sessionNumber, int sessionCount,
        int minutes, List<String> attendeeIds, String trainerAgentId, String trainerName, String roomId,
        int roomSeats, String siteId, int earliestDay, int lastDay, String previousId) {

    public TrainingNeed {
        if (minutes <= 0 || minutes % DemandIndex.INTERVAL_MINUTES != 0) {
            throw new IllegalArgumentException("session " + id + ": minutes must be a positive multiple of "
                    + DemandIndex.INTERVAL_MINUTES + ", was " + minutes);
        }
        if (attendeeIds.isEmpty()) {
            throw new IllegalArgumentException("session " + id + " has no attendee");
        }
        if (lastDay < earliestDay) {
            throw new IllegalArgumentException("session " + id + " is due before it may start");
        }
        if ((roomId == null) != (siteId == null)) {
            throw new IllegalArgumentException("session " + id + ": a classroom has a room and a site, a virtual course neither");
        }
        if (roomId != null && roomSeats <= 0) {
            throw new IllegalArgumentException("session " + id + ": room " + roomId + " has no seats");
        }
        attendeeIds = List.copyOf(attendeeIds);
    }

    /** The same session after another one (null: after none), e.g. a path's next course after the last one. */
    public TrainingNeed after(String previous) {
        return new TrainingNeed(id, courseCode, courseName, sessionNumber, sessionCount, minutes, attendeeIds,
                trainerAgentId, trainerName, roomId, roomSeats, siteId, earliestDay, lastDay, previous);
    }

    /** The trainer is one of the roster's agents, so the session is inside the trainer's shift too. */
    public boolean trainedByAgent() {
        return trainerAgentId != null;
    }

    /** A session due inside the horizon must be placed in it; one due later may wait for a later roster. */
    public boolean dueWithin(int horizonDays) {
        return lastDay < horizonDays;
    }
}
