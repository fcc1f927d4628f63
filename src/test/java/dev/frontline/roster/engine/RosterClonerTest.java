package dev.frontline.roster.engine;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The best roster Timefold keeps is a copy the search cannot change afterwards, with the same plan in it. */
class RosterClonerTest {

    private static Roster solvedCentre() {
        Roster roster = CentreGenerator.generateCentre(30, 2, 1.3, 4, null, CentreGenerator.Wishes.GENERATED, true)
                .roster();
        roster.getTrainingSessions().forEach(s -> s.setSlot(s.getSlots().get(0)));
        roster.getAgentDays().get(3).setPinned(true);
        return roster;
    }

    @Test
    void theCopyHasTheSamePlanInOtherEntities() {
        Roster original = solvedCentre();
        Roster clone = new RosterCloner().cloneSolution(original);

        assertThat(clone.getAgentDays()).hasSameSizeAs(original.getAgentDays());
        for (int i = 0; i < original.getAgentDays().size(); i++) {
            AgentDay day = original.getAgentDays().get(i);
            AgentDay copy = clone.getAgentDays().get(i);
            assertThat(copy).isNotSameAs(day);
            assertThat(copy.getId()).isEqualTo(day.getId());
            assertThat(copy.getShift()).isSameAs(day.getShift());
            assertThat(copy.getLocation()).isSameAs(day.getLocation());
            assertThat(copy.getBreakBucket()).isEqualTo(day.getBreakBucket());
            assertThat(copy.isPinned()).isEqualTo(day.isPinned());
            assertThat(copy.getBreaks()).isEqualTo(day.getBreaks());
        }
        assertThat(clone.getAgents()).isSameAs(original.getAgents());
        assertThat(clone.getDayAvailabilities()).isSameAs(original.getDayAvailabilities());
        assertThat(CoverageReport.of(clone)).isEqualTo(CoverageReport.of(original));
    }

    @Test
    void aCourseSessionFollowsTheCopyOfTheSessionBeforeIt() {
        Roster original = solvedCentre();
        Roster clone = new RosterCloner().cloneSolution(original);

        TrainingSession second = clone.getTrainingSessions().get(1);
        assertThat(second).isNotSameAs(original.getTrainingSessions().get(1));
        assertThat(second.getPrevious()).isSameAs(clone.getTrainingSessions().get(0));
        assertThat(second.getSlot()).isSameAs(original.getTrainingSessions().get(1).getSlot());
    }

    @Test
    void whatTheSearchChangesAfterwardsStaysOutOfTheCopy() {
        Roster original = solvedCentre();
        Roster clone = new RosterCloner().cloneSolution(original);
        AgentDay day = original.getAgentDays().get(0);
        ShiftType before = clone.getAgentDays().get(0).getShift();

        day.setShift(day.getShift() == null ? day.getOfferedShifts().get(0) : null);
        day.setBreakBucket((day.getBreakBucket() + 1) % BreakPlanner.STAGGER_BUCKETS);
        original.getTrainingSessions().get(0).setSlot(null);

        assertThat(clone.getAgentDays().get(0).getShift()).isSameAs(before);
        assertThat(clone.getTrainingSessions().get(0).getSlot()).isNotNull();
    }
}
