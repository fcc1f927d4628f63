package dev.frontline.training;

import java.time.LocalDate;

import dev.frontline.db.enums.EnrolmentStatus;

/**
 * Validity of compliance completions: a completion of a course valid for N months expires N months after its date
 * (expired when that day is before today), and an enrolment's status as seen on a day is EXPIRED from then on.
 */
public final class Compliance {

    /** Days before expiry from which a completion counts as expiring soon. */
    public static final int SOON_DAYS = 60;

    private Compliance() {
    }

    /** The day a completion stops being valid, or null for a course without validity or an enrolment not completed. */
    public static LocalDate expiresOn(LocalDate completedOn, Integer validityMonths) {
        return completedOn == null || validityMonths == null ? null : completedOn.plusMonths(validityMonths);
    }

    public static boolean expired(LocalDate completedOn, Integer validityMonths, LocalDate today) {
        LocalDate expires = expiresOn(completedOn, validityMonths);
        return expires != null && expires.isBefore(today);
    }

    public static boolean expiringSoon(LocalDate completedOn, Integer validityMonths, LocalDate today) {
        LocalDate expires = expiresOn(completedOn, validityMonths);
        return expires != null && !expires.isBefore(today) && !expires.isAfter(today.plusDays(SOON_DAYS));
    }

    /** The stored status as seen on {@code today}: a completion past its validity reads EXPIRED. */
    public static EnrolmentStatus effective(EnrolmentStatus stored, LocalDate completedOn, Integer validityMonths,
                                            LocalDate today) {
        return stored == EnrolmentStatus.COMPLETED && expired(completedOn, validityMonths, today)
                ? EnrolmentStatus.EXPIRED : stored;
    }

    /** Open work past its due date. */
    public static boolean overdue(EnrolmentStatus status, LocalDate dueDate, LocalDate today) {
        return isOpen(status) && dueDate.isBefore(today);
    }

    public static boolean isOpen(EnrolmentStatus status) {
        return status == EnrolmentStatus.PLANNED || status == EnrolmentStatus.SCHEDULED
                || status == EnrolmentStatus.IN_PROGRESS;
    }

    /**
     * Which stored status may follow which: open work moves forward (planned → scheduled → in progress) or ends
     * (completed, failed); a result is final except that a completion may be marked expired.
     */
    public static boolean mayChange(EnrolmentStatus from, EnrolmentStatus to) {
        if (from == to) {
            return false;
        }
        return switch (from) {
            case PLANNED -> true;
            case SCHEDULED -> to != EnrolmentStatus.PLANNED;
            case IN_PROGRESS -> to != EnrolmentStatus.PLANNED && to != EnrolmentStatus.SCHEDULED;
            case COMPLETED -> to == EnrolmentStatus.EXPIRED;
            case FAILED, EXPIRED -> false;
        };
    }
}
