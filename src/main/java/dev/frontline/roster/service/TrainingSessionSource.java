package dev.frontline.roster.service;

import java.util.Map;

/**
 * What an engine training session ({@code TrainingNeed}) stands for in the database: the course, which of its
 * sessions, where and by whom, and each attendee's enrolment, so a placed session can be written back.
 *
 * @param siteId the classroom's site, null for a virtual course
 * @param siteCode the classroom's site code, null for a virtual course
 * @param trainerAgentId the trainer when the trainer is an agent (in the roster or not), else null
 * @param enrolments agent id → enrolment id of each attendee
 */
public record TrainingSessionSource(long courseId, String courseCode, String courseName, int sessionNumber,
        int sessionCount, int minutes, Long siteId, String siteCode, Long trainerAgentId, String trainerName,
        Map<Long, Long> enrolments) {

    public TrainingSessionSource {
        enrolments = Map.copyOf(enrolments);
    }
}
