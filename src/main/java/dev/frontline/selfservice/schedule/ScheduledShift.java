package dev.frontline.selfservice.schedule;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;

/**
 * One published shift of an agent, in their site's clock: where (an office at a site, or home), and its breaks and
 * lunch. {@code siteCode} null = at home.
 */
public record ScheduledShift(long rosterVersionId, LocalDate date, ZonedDateTime start, ZonedDateTime end, String siteCode,
        String siteName, List<Activity> activities) {

    /**
     * A break, lunch or training session (kind BREAK, LUNCH or TRAINING) inside the shift; a training session names
     * its course and which of the course's sessions it is, the others leave those null.
     */
    public record Activity(String kind, ZonedDateTime start, int minutes, String course, Integer sessionNumber,
            Integer sessionCount) {

        public boolean training() {
            return "TRAINING".equals(kind);
        }

        public ZonedDateTime end() {
            return start.plusMinutes(minutes);
        }
    }

    public boolean atHome() {
        return siteCode == null;
    }

    public int minutes() {
        return (int) java.time.Duration.between(start, end).toMinutes();
    }

    /** Paid minutes: the shift less its lunch (short breaks are paid). */
    public int paidMinutes() {
        return minutes() - activities.stream().filter(a -> a.kind().equals("LUNCH")).mapToInt(Activity::minutes).sum();
    }
}
