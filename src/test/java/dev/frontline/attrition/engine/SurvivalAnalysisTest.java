package dev.frontline.attrition.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class SurvivalAnalysisTest {

    private static final LocalDate FROM = LocalDate.of(2024, 1, 1);
    private static final LocalDate AS_OF = LocalDate.of(2025, 12, 31);

    private static Employment agent(int n, String site, LocalDate hire, LocalDate exit) {
        return new Employment("A" + n, hire, exit, true, "Study", Map.of(Dimension.SITE, site));
    }

    @Test
    void aGroupTooSmallOrWithoutExitsSaysSoInsteadOfDrawingACurve() {
        List<Employment> people = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            people.add(agent(i, "IST", FROM.plusDays(10 * i), i % 2 == 0 ? FROM.plusDays(10 * i + 100) : null));
        }
        for (int i = 0; i < 3; i++) {
            people.add(agent(10 + i, "TINY", FROM, FROM.plusDays(50)));
        }
        for (int i = 0; i < 6; i++) {
            people.add(agent(20 + i, "CALM", FROM.minusYears(1), null));
        }

        SurvivalAnalysis.Result result = SurvivalAnalysis.byGroup(people, new FollowUp(FROM, AS_OF), Dimension.SITE);

        assertThat(result.groups()).extracting(GroupSurvival::group, GroupSurvival::agents, GroupSurvival::verdict)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("CALM", 6, GroupSurvival.Verdict.NO_EXITS),
                        org.assertj.core.groups.Tuple.tuple("IST", 8, GroupSurvival.Verdict.CURVE),
                        org.assertj.core.groups.Tuple.tuple("TINY", 3, GroupSurvival.Verdict.TOO_FEW_AGENTS));
        assertThat(result.groups().get(2).curve()).isNull();
        assertThat(result.logRank()).get().satisfies(test -> assertThat(test.groups()).extracting(
                LogRankTest.GroupResult::group).containsExactly("CALM", "IST"));
    }

    @Test
    void agentsHiredBeforeTheRecordsAreFollowedFromTheirTenureWhenRecordsStart() {
        Employment veteran = agent(1, "IST", FROM.minusDays(400), FROM.plusDays(35));

        Observation o = new FollowUp(FROM, AS_OF).observe(veteran).orElseThrow();

        assertThat(o.entry()).isEqualTo(400);
        assertThat(o.exit()).isEqualTo(435);
        assertThat(o.event()).isTrue();
        assertThat(veteran.group(Dimension.COHORT, FROM)).isEqualTo(Cohorts.BEFORE_RECORDS);
        assertThat(veteran.group(Dimension.TENURE_BAND, FROM)).isEqualTo(TenureBand.TO_2_YEARS.label());
    }

    @Test
    void anUnknownGroupingNamesTheAllowedOnes() {
        assertThatThrownBy(() -> Dimension.fromParameter("shoeSize"))
                .hasMessageContaining("shoeSize").hasMessageContaining("workLocation");
    }
}
