package dev.frontline.training;

import java.time.LocalDate;
import java.time.LocalTime;

/**
 * A training session an agent sits, as a published roster placed it (on the centre's clock).
 *
 * @param siteCode the classroom's site, null for a virtual session
 */
public record MySession(String courseCode, String courseName, int sessionNumber, int sessionCount, LocalDate date,
        LocalTime start, LocalTime end, String siteCode, String siteName, String trainerName) {
}
