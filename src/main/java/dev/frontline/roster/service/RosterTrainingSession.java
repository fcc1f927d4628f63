package dev.frontline.roster.service;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/**
 * A training session of a roster as planners read it: the course and which of its sessions, when (null date and times
 * when the roster has not placed it), where, by whom, its people, and what taking them off the phones costs.
 *
 * @param siteCode the classroom's site; null for a virtual session
 * @param offThePhones everyone the session takes off the phones (the attendees, and the trainer when an agent)
 * @param coverageCostAgentHours the under-coverage (agent-hours, after breaks) the roster has with the session less
 *        what it would have with its people on the phones instead; 0 for a session not placed
 */
public record RosterTrainingSession(long rosterVersionId, String id, String courseCode, String courseName,
        int sessionNumber, int sessionCount, LocalDate date, LocalTime start, LocalTime end, String siteCode,
        String siteName, String trainerName, List<Person> attendees, int offThePhones, double coverageCostAgentHours) {

    /** An attendee: employee number and name. */
    public record Person(String employeeNumber, String name) {
    }

    public boolean placed() {
        return date != null;
    }

    public boolean virtual() {
        return siteCode == null;
    }
}
