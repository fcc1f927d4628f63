package dev.frontline.training;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.frontline.db.enums.EnrolmentStatus;
import dev.frontline.training.engine.Refusal;

class ComplianceTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 6);

    @Test
    void aCompletionExpiresValidityMonthsAfterItsDate() {
        LocalDate completed = LocalDate.of(2025, 12, 5);
        assertThat(Compliance.expiresOn(completed, 12)).isEqualTo(LocalDate.of(2026, 12, 5));
        assertThat(Compliance.expired(completed, 12, TODAY)).isTrue();
        assertThat(Compliance.effective(EnrolmentStatus.COMPLETED, completed, 12, TODAY)).isEqualTo(EnrolmentStatus.EXPIRED);
        // valid through the day of expiry itself
        assertThat(Compliance.expired(LocalDate.of(2025, 12, 6), 12, TODAY)).isFalse();
        assertThat(Compliance.effective(EnrolmentStatus.COMPLETED, completed, null, TODAY))
                .isEqualTo(EnrolmentStatus.COMPLETED);
    }

    @Test
    void expiringSoonIsWithinSixtyDaysBeforeExpiry() {
        assertThat(Compliance.expiringSoon(LocalDate.of(2026, 1, 20), 12, TODAY)).isTrue();
        assertThat(Compliance.expiringSoon(LocalDate.of(2026, 3, 1), 12, TODAY)).isFalse();
        assertThat(Compliance.expiringSoon(LocalDate.of(2025, 11, 1), 12, TODAY)).as("already expired").isFalse();
    }

    @Test
    void openWorkPastItsDueDateIsOverdueAndResultsAreFinal() {
        assertThat(Compliance.overdue(EnrolmentStatus.SCHEDULED, TODAY.minusDays(1), TODAY)).isTrue();
        assertThat(Compliance.overdue(EnrolmentStatus.COMPLETED, TODAY.minusDays(1), TODAY)).isFalse();
        assertThat(Compliance.mayChange(EnrolmentStatus.PLANNED, EnrolmentStatus.IN_PROGRESS)).isTrue();
        assertThat(Compliance.mayChange(EnrolmentStatus.IN_PROGRESS, EnrolmentStatus.PLANNED)).isFalse();
        assertThat(Compliance.mayChange(EnrolmentStatus.COMPLETED, EnrolmentStatus.EXPIRED)).isTrue();
        assertThat(Compliance.mayChange(EnrolmentStatus.FAILED, EnrolmentStatus.COMPLETED)).isFalse();
    }

    @Test
    void pathProgressFollowsTheCoursesThenTheNestingWeeks() {
        var steps = List.of(new PathProgress.Step("INDUCT-101", EnrolmentStatus.COMPLETED, LocalDate.of(2026, 11, 3)),
                new PathProgress.Step("CALL-101", EnrolmentStatus.COMPLETED, LocalDate.of(2026, 11, 20)));
        PathProgress nesting = PathProgress.of(steps, 3, TODAY);
        assertThat(nesting.phase()).isEqualTo(PathProgress.Phase.NESTING);
        assertThat(nesting.nestingFrom()).isEqualTo(LocalDate.of(2026, 11, 21));
        assertThat(nesting.nestingUntil()).isEqualTo(LocalDate.of(2026, 12, 11));
        assertThat(nesting.percent()).isEqualTo(100);
        assertThat(PathProgress.of(steps, 1, TODAY).phase()).isEqualTo(PathProgress.Phase.DONE);

        var open = List.of(steps.get(0), new PathProgress.Step("CALL-101", EnrolmentStatus.IN_PROGRESS, null),
                new PathProgress.Step("BILL-101", EnrolmentStatus.PLANNED, null));
        PathProgress training = PathProgress.of(open, 2, TODAY);
        assertThat(training.phase()).isEqualTo(PathProgress.Phase.TRAINING);
        assertThat(training.nextCourse()).isEqualTo("CALL-101");
        assertThat(training.done()).isEqualTo(1);
        assertThat(training.percent()).isEqualTo(33);
    }

    @Test
    void aCourseDraftRefusesAClassroomWithoutSeatsAndNamesTheField() {
        CourseDraft room = new CourseDraft("ROOM-1", "Room", dev.frontline.db.enums.TrainingGrant.NONE, null, null,
                java.math.BigDecimal.TEN, 240, dev.frontline.db.enums.TrainingDelivery.CLASSROOM, "IST", 0, null,
                "Trainer", null, java.math.BigDecimal.TEN, List.of());
        assertThat(room.check()).extracting(Refusal::field, Refusal::code).containsExactly(
                org.assertj.core.groups.Tuple.tuple("roomSeats", "room-seats"));
        assertThat(room.sessions()).isEqualTo(3);
    }
}
