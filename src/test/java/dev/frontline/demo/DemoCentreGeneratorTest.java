package dev.frontline.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import dev.frontline.db.enums.AppRole;
import dev.frontline.demo.DemoCentre.AgentSpec;
import dev.frontline.demo.DemoCentre.HistoryRow;
import dev.frontline.workforce.Turnover;

class DemoCentreGeneratorTest {

    private static final LocalDate LAST_DAY = LocalDate.of(2026, 11, 22);
    private static DemoCentre centre;

    @BeforeAll
    static void generate() {
        centre = new DemoCentreGenerator(DemoCentreSeeder.SEED, LAST_DAY).generate();
    }

    @Test
    void sameSeedAndDateGiveTheSameCentre() {
        DemoCentre again = new DemoCentreGenerator(DemoCentreSeeder.SEED, LAST_DAY).generate();
        assertThat(again.agents()).isEqualTo(centre.agents());
        assertThat(again.history().subList(0, 500)).isEqualTo(centre.history().subList(0, 500));
        assertThat(again.history()).hasSameSizeAs(centre.history());
    }

    @Test
    void hasAbout150ActiveAgentsInTwelveLedTeamsAcrossTwoSites() {
        long active = centre.agents().stream().filter(AgentSpec::active).count();
        // the refilled teams, plus the class hired in the history's last week (in onboarding when the demo starts)
        assertThat(active).isBetween(140L, 152L + DemoCentreGenerator.ONBOARDING_CLASS_SIZE);
        assertThat(centre.teams()).hasSize(12);
        assertThat(centre.sites()).extracting(DemoCentre.SiteSpec::countryCode).containsExactly("TR", "PL");
        Set<String> activeNumbers = centre.agents().stream().filter(AgentSpec::active)
                .map(AgentSpec::employeeNumber).collect(Collectors.toSet());
        assertThat(centre.teams()).allSatisfy(team -> assertThat(activeNumbers).contains(team.leadEmployeeNumber()));
        assertThat(centre.agents()).filteredOn(a -> !a.officeEligible()).isNotEmpty();
        assertThat(centre.agents()).allSatisfy(a -> assertThat(a.skillProficiency()).isNotEmpty());
    }

    @Test
    void aClassHiredInTheLastWeekIsInOnboardingOnePerIstanbulTeamWithContractsAndSkills() {
        LocalDate monday = LAST_DAY.with(java.time.temporal.TemporalAdjusters.previousOrSame(java.time.DayOfWeek.MONDAY));
        List<AgentSpec> hired = centre.agents().stream().filter(a -> a.hireDate().equals(monday)).toList();
        assertThat(hired).hasSize(DemoCentreGenerator.ONBOARDING_CLASS_SIZE)
                .allSatisfy(a -> {
                    assertThat(a.teamCode()).startsWith("IST-");
                    assertThat(a.active()).isTrue();
                    assertThat(a.contractCode()).isNotBlank();
                    assertThat(a.skillProficiency()).isNotEmpty();
                });
        assertThat(hired).extracting(AgentSpec::teamCode).doesNotHaveDuplicates();
    }

    @Test
    void turnoverOverTheLastTwoYearsIsAbout19PercentAYear() {
        List<Turnover.Employment> employments = centre.agents().stream()
                .map(a -> new Turnover.Employment(a.hireDate(), a.exitDate(),
                        a.exitKind() == dev.frontline.db.enums.ExitKind.VOLUNTARY))
                .toList();
        Turnover twoYears = Turnover.of(employments, LAST_DAY.minusYears(2), LAST_DAY);
        assertThat(twoYears.annualisedRatePercent()).isBetween(14.0, 25.0);
        assertThat(twoYears.voluntaryExits()).isGreaterThan(twoYears.exits() / 2);
    }

    @Test
    void historyCoversFiftyTwoWeeksOfEverySixQueues() {
        Map<String, List<HistoryRow>> byQueue = centre.history().stream()
                .collect(Collectors.groupingBy(HistoryRow::queueCode));
        assertThat(byQueue).hasSize(6);
        assertThat(centre.queues()).extracting(q -> q.channel().getLiteral())
                .contains("VOICE", "CHAT", "EMAIL");
        assertThat(centre.queues()).extracting(DemoCentre.QueueSpec::language).contains("tr", "pl", "en");
        byQueue.values().forEach(rows -> assertThat(rows.stream()
                .map(r -> r.intervalStart().toLocalDate()).distinct().count()).isBetween(364L, 366L));
        assertThat(centre.history()).allSatisfy(r -> {
            assertThat(r.handled() + r.abandoned()).isEqualTo(r.offered());
            assertThat(r.ahtSeconds() == null).isEqualTo(r.handled() == 0);
        });
    }

    @Test
    void dstDaysHaveNinetyTwoAndOneHundredQuarterHoursForA24HourQueue() {
        ZoneId warsaw = ZoneId.of("Europe/Warsaw");
        Map<LocalDate, Long> perLocalDay = centre.history().stream()
                .filter(r -> r.queueCode().equals("TECH_PL_EMAIL"))
                .collect(Collectors.groupingBy(r -> r.intervalStart().atZoneSameInstant(warsaw).toLocalDate(),
                        Collectors.counting()));
        assertThat(perLocalDay.get(LocalDate.of(2026, 3, 29))).isEqualTo(92);
        assertThat(perLocalDay.get(LocalDate.of(2026, 10, 25))).isEqualTo(100);
        assertThat(perLocalDay.get(LocalDate.of(2026, 10, 26))).isEqualTo(96);
    }

    @Test
    void publicHolidaysAndWeekendsCarryLessVoiceThanWeekdays() {
        ZoneId istanbul = ZoneId.of("Europe/Istanbul");
        Map<LocalDate, Integer> daily = centre.history().stream()
                .filter(r -> r.queueCode().equals("BILLING_TR_VOICE"))
                .collect(Collectors.groupingBy(r -> r.intervalStart().atZoneSameInstant(istanbul).toLocalDate(),
                        Collectors.summingInt(HistoryRow::offered)));
        int republicDay = daily.get(LocalDate.of(2026, 10, 29)); // Thursday, Turkish Republic Day
        int ordinaryThursday = daily.get(LocalDate.of(2026, 11, 5));
        int sunday = daily.get(LocalDate.of(2026, 11, 8));
        assertThat(republicDay).isLessThan(ordinaryThursday / 2);
        assertThat(sunday).isLessThan(ordinaryThursday / 2);
    }

    @Test
    void demoLoginsCoverEveryRoleAndLinkAgentsToActiveAgents() {
        assertThat(centre.users()).extracting(DemoCentre.UserSpec::role)
                .contains(AppRole.PLANNER, AppRole.HR, AppRole.AGENT);
        Set<String> active = centre.agents().stream().filter(AgentSpec::active).map(AgentSpec::employeeNumber)
                .collect(Collectors.toSet());
        assertThat(centre.users()).filteredOn(u -> u.role() == AppRole.AGENT)
                .allSatisfy(u -> assertThat(active).contains(u.employeeNumber()));
    }

    @Test
    void agentsSpeakTheLanguagesOfTheQueuesTheyServe() {
        Map<String, String> queueLanguage = centre.queues().stream()
                .collect(Collectors.toMap(DemoCentre.QueueSpec::code, DemoCentre.QueueSpec::language));
        assertThat(centre.agents()).allSatisfy(a -> assertThat(a.languages())
                .containsAll(a.skillProficiency().keySet().stream().map(queueLanguage::get).toList()));
        assertThat(centre.agents()).anySatisfy(a -> assertThat(a.languages()).hasSizeGreaterThan(1));
    }

    @Test
    void somePartTimersHaveAWeeklyPatternAndAFewAnException() {
        List<AgentSpec> restricted = centre.agents().stream().filter(a -> !a.weeklyAvailability().isEmpty()).toList();
        assertThat(restricted).isNotEmpty()
                .allSatisfy(a -> assertThat(a.contractCode()).isIn("PT20", "PT30"))
                .allSatisfy(a -> assertThat(a.weeklyAvailability())
                        .allSatisfy(slot -> assertThat(slot.from()).isBefore(slot.to())));
        assertThat(centre.agents().stream().filter(a -> a.contractCode().startsWith("PT")).count())
                .isGreaterThan(restricted.size());
        List<DemoCentre.AvailabilityException> exceptions = centre.agents().stream()
                .flatMap(a -> a.exceptions().stream()).toList();
        assertThat(exceptions).isNotEmpty().hasSizeLessThan(restricted.size())
                .allSatisfy(e -> assertThat(e.date()).isAfter(LAST_DAY))
                .anySatisfy(e -> assertThat(e.from()).isNull())
                .anySatisfy(e -> assertThat(e.from()).isNotNull());
    }

    @Test
    void sitesHaveALocalHolidayAndOfficeTeamsAnOfficeDay() {
        assertThat(centre.sites()).allSatisfy(s -> assertThat(s.localHolidayAfter(LAST_DAY)).isAfter(LAST_DAY));
        assertThat(centre.teams()).filteredOn(t -> t.code().startsWith("HOME"))
                .allSatisfy(t -> assertThat(t.officeWeekday()).isNull());
        assertThat(centre.teams()).filteredOn(t -> !t.code().startsWith("HOME")).hasSize(10)
                .allSatisfy(t -> assertThat(t.officeWeekday()).isBetween(1, 5));
        assertThat(centre.contracts()).anySatisfy(c -> assertThat(c.minOfficeDaysPerWeek()).isEqualTo(2))
                .allSatisfy(c -> assertThat(c.minConsecutiveWorkingDays()).isLessThanOrEqualTo(c.maxConsecutiveWorkingDays()));
    }
}
