package dev.frontline.demo;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.MonthDay;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.apache.commons.math3.distribution.BinomialDistribution;
import org.apache.commons.math3.distribution.PoissonDistribution;
import org.apache.commons.math3.random.RandomGenerator;
import org.apache.commons.math3.random.Well19937c;

import dev.frontline.db.enums.AppRole;
import dev.frontline.db.enums.ChannelType;
import dev.frontline.db.enums.ExitKind;
import dev.frontline.demo.DemoCentre.AgentSpec;
import dev.frontline.demo.DemoCentre.AvailabilityException;
import dev.frontline.demo.DemoCentre.ContractSpec;
import dev.frontline.demo.DemoCentre.HistoryRow;
import dev.frontline.demo.DemoCentre.QueueSpec;
import dev.frontline.demo.DemoCentre.SiteSpec;
import dev.frontline.demo.DemoCentre.TeamSpec;
import dev.frontline.demo.DemoCentre.UserSpec;
import dev.frontline.demo.DemoCentre.WeeklySlot;
import dev.frontline.shared.time.PublicHolidays;
import dev.frontline.workforce.ExitReasonNames;

/**
 * Generates a realistic demo contact centre, deterministically for a given seed and end date: two office sites and
 * home workers, six queues over voice, chat and email in Turkish, Polish and English, about 150 agents in 12 teams
 * with two years of hires and exits at roughly 19 % annual turnover, and 52 weeks of 15-minute contact history
 * with weekly and intraday shape, annual season, trend, public holidays, bill-run peaks and Poisson noise.
 */
public final class DemoCentreGenerator {

    /** The seed of the demo centre the application seeds, so benchmarks can rebuild the same centre in memory. */
    public static final long DEMO_SEED = 20_261_124L;
    static final int HISTORY_WEEKS = 52;
    static final int INTERVAL_MINUTES = 15;
    static final double ANNUAL_TURNOVER = 0.19;

    private static final List<SiteSpec> SITES = List.of(
            new SiteSpec("IST", "Istanbul", "TR", "Europe/Istanbul", 60, MonthDay.of(5, 15), "Company founding day"),
            new SiteSpec("WAW", "Warsaw", "PL", "Europe/Warsaw", 40, MonthDay.of(12, 24), "Christmas Eve (site closed)"));

    /**
     * Three weekends in four for the full-time and 30-hour contracts: the demo's Saturdays need about 60 % of the
     * agents and its Sundays about 40 %, more than two weekends in four give (at most half of them on any weekend day),
     * so with two every roster left a third of each Saturday uncovered, whatever the solver did (docs/roster.md, "The
     * demo centre's calibration"). The fair share of weekends still spreads them.
     */
    private static final List<ContractSpec> CONTRACTS = List.of(
            new ContractSpec("FT40", "Full time 40 h", 2160, 2400, 660, 6, 2, 3, 3, 2, 2400, 0),
            new ContractSpec("PT30", "Part time 30 h", 1560, 1800, 660, 5, 2, 3, 2, 1, 1800, 0),
            new ContractSpec("PT20", "Part time 20 h", 960, 1200, 660, 5, 2, 3, 1, 1, 1200, 0),
            // the hybrid clause for office hires: at least two office days a week (no demo agent is on it yet)
            new ContractSpec("FT40-HYB", "Full time 40 h hybrid", 2160, 2400, 660, 6, 2, 3, 3, 2, 2400, 2));

    private static final LocalTime OPEN_8 = LocalTime.of(8, 0);
    /**
     * Daily volumes calibrated against the workforce (docs/roster.md, "The demo centre's calibration"): at their
     * contracts' maximum the agents, counted at their proficiency and without their breaks and lunch, supply about
     * 112 % of the requirement (with the seeded shrinkage), so a first roster can cover the demand while the peaks
     * still make the solver work; English, which the home team and a few cross-skilled office agents serve, is sized to
     * them. (An earlier calibration counted paid hours only: at a mean proficiency of 0.75 the agents then supplied 83 %
     * of the requirement after breaks, and no roster could leave less than 17 % of it uncovered.)
     */
    private static final List<QueueSpec> QUEUES = List.of(
            new QueueSpec("BILLING_TR_VOICE", "Billing – Turkish – voice", ChannelType.VOICE, "tr", "Europe/Istanbul",
                    "TR", 80.0, 20, null, null, 3, 1480, 285, OPEN_8, LocalTime.of(20, 0)),
            new QueueSpec("TECH_TR_CHAT", "Tech support – Turkish – chat", ChannelType.CHAT, "tr", "Europe/Istanbul",
                    "TR", 80.0, 60, null, 3, 4, 590, 540, OPEN_8, LocalTime.of(22, 0)),
            new QueueSpec("BILLING_PL_VOICE", "Billing – Polish – voice", ChannelType.VOICE, "pl", "Europe/Warsaw",
                    "PL", 80.0, 20, null, null, 3, 905, 300, OPEN_8, LocalTime.of(20, 0)),
            new QueueSpec("TECH_PL_EMAIL", "Tech support – Polish – email", ChannelType.EMAIL, "pl", "Europe/Warsaw",
                    "PL", null, null, 12.0, null, 6, 375, 420, LocalTime.MIDNIGHT, LocalTime.MIDNIGHT),
            new QueueSpec("SALES_EN_VOICE", "Sales – English – voice", ChannelType.VOICE, "en", "Europe/London",
                    "GB", 80.0, 30, null, null, 2, 510, 360, OPEN_8, LocalTime.of(20, 0)),
            new QueueSpec("CARE_EN_CHAT", "Customer care – English – chat", ChannelType.CHAT, "en", "Europe/London",
                    "GB", 80.0, 60, null, 2, 4, 390, 480, OPEN_8, LocalTime.of(22, 0)));

    /** Monday-first weekday factors of real-time queues; deferred work arrives more evenly. */
    private static final double[] VOICE_WEEK = {1.22, 1.08, 1.03, 1.0, 0.96, 0.52, 0.30};
    private static final double[] CHAT_WEEK = {1.12, 1.05, 1.02, 1.0, 0.98, 0.72, 0.60};
    private static final double[] EMAIL_WEEK = {1.30, 1.05, 1.0, 0.98, 0.95, 0.45, 0.40};

    /** Who works where: a pool of agents per site or home working, with their teams and skill mix. */
    private record Pool(String siteCode, boolean officeEligible, String language, int teams, int teamSize,
            String teamPrefix, String teamName, Map<String, Double> skillOdds) {
    }

    private static final List<Pool> POOLS = List.of(
            new Pool("IST", true, "tr", 6, 12, "IST", "Istanbul team", ordered(
                    "BILLING_TR_VOICE", 0.9, "TECH_TR_CHAT", 0.6, "SALES_EN_VOICE", 0.2, "CARE_EN_CHAT", 0.15)),
            new Pool("WAW", true, "pl", 4, 13, "WAW", "Warsaw team", ordered(
                    "BILLING_PL_VOICE", 0.85, "TECH_PL_EMAIL", 0.6, "SALES_EN_VOICE", 0.3, "CARE_EN_CHAT", 0.3)),
            new Pool("WAW", false, "en", 2, 12, "HOME", "Home team", ordered(
                    "CARE_EN_CHAT", 0.8, "SALES_EN_VOICE", 0.6, "TECH_PL_EMAIL", 0.3, "TECH_TR_CHAT", 0.2)));

    private static final Map<String, String[]> FIRST_NAMES = Map.of(
            "tr", new String[] {"Ayşe", "Mehmet", "Elif", "Mustafa", "Zeynep", "Ahmet", "Fatma", "Emre", "Merve", "Burak",
                    "Selin", "Can", "Deniz", "Ece", "Kerem", "Derya", "Onur", "Gizem", "Hakan", "Leyla"},
            "pl", new String[] {"Anna", "Piotr", "Katarzyna", "Tomasz", "Agnieszka", "Paweł", "Magdalena", "Michał",
                    "Joanna", "Krzysztof", "Ewa", "Marcin", "Zofia", "Jakub", "Monika", "Łukasz", "Ola", "Bartek"},
            "en", new String[] {"Emma", "James", "Olivia", "Harry", "Amelia", "Jack", "Sophie", "George", "Grace",
                    "Oliver", "Chloe", "Thomas", "Lucy", "Daniel", "Megan", "Samuel", "Hannah", "Ryan"});
    private static final Map<String, String[]> LAST_NAMES = Map.of(
            "tr", new String[] {"Yılmaz", "Kaya", "Demir", "Şahin", "Çelik", "Yıldız", "Aydın", "Öztürk", "Arslan",
                    "Doğan", "Kılıç", "Aslan", "Koç", "Kurt", "Özdemir", "Polat"},
            "pl", new String[] {"Nowak", "Kowalska", "Wiśniewski", "Wójcik", "Kowalczyk", "Kamińska", "Lewandowski",
                    "Zielińska", "Szymański", "Woźniak", "Dąbrowski", "Kozłowska", "Jankowski", "Mazur"},
            "en", new String[] {"Smith", "Jones", "Taylor", "Brown", "Williams", "Wilson", "Johnson", "Davies",
                    "Robinson", "Wright", "Thompson", "Evans", "Walker", "White"});

    // categories, not prose: stored as codes that pages render from the bundles in the reader's language
    // (ExitReasonNames); a reason HR types stays as typed
    private static final String[] VOLUNTARY_REASONS = ExitReasonNames.VOLUNTARY.toArray(String[]::new);
    private static final String[] INVOLUNTARY_REASONS = ExitReasonNames.INVOLUNTARY.toArray(String[]::new);

    private final RandomGenerator random;
    /** The draws of the class in onboarding, apart from the centre's, so adding it changed no one else. */
    private final RandomGenerator classRandom;
    private final LocalDate lastDay;
    private final int historyWeeks;

    /**
     * @param seed    fixes every random draw, so the same seed and end date always give the same centre
     * @param lastDay the last day of history (normally the Sunday before today)
     */
    public DemoCentreGenerator(long seed, LocalDate lastDay) {
        this(seed, lastDay, HISTORY_WEEKS);
    }

    /**
     * A centre with a longer (or shorter) contact history than the seeded one, for benchmarks that need more than a
     * year: the long-range forecast backtest fits on one year and scores the next.
     */
    public DemoCentreGenerator(long seed, LocalDate lastDay, int historyWeeks) {
        this.random = new Well19937c(seed);
        this.classRandom = new Well19937c(seed + 15);
        this.lastDay = lastDay;
        this.historyWeeks = historyWeeks;
    }

    /** The Sunday before {@code today}: the demo history ends with the last complete week. */
    public static LocalDate lastCompleteWeekEnd(LocalDate today) {
        return today.minusDays(1).with(TemporalAdjusters.previousOrSame(DayOfWeek.SUNDAY));
    }

    public DemoCentre generate() {
        List<TeamSpec> teams = new ArrayList<>();
        List<AgentSpec> agents = new ArrayList<>();
        generateWorkforce(teams, agents);
        List<UserSpec> users = users(teams, agents);
        return new DemoCentre(SITES, CONTRACTS, QUEUES, teams, agents, users, history());
    }

    // ---------------------------------------------------------------- workforce

    private void generateWorkforce(List<TeamSpec> teams, List<AgentSpec> agents) {
        LocalDate start = lastDay.minusYears(2).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        int[] sequence = {1};
        Map<String, List<MutableAgent>> byTeam = new LinkedHashMap<>();
        for (Pool pool : POOLS) {
            for (int t = 1; t <= pool.teams(); t++) {
                String teamCode = pool.teamPrefix() + "-" + t;
                List<MutableAgent> members = new ArrayList<>();
                for (int i = 0; i < pool.teamSize(); i++) {
                    boolean lead = i == 0;
                    long daysBefore = lead ? 730 + random.nextInt(1460) : 30 + random.nextInt(2000);
                    members.add(newAgent(random, pool, teamCode, start.minusDays(daysBefore), sequence, lead));
                }
                byTeam.put(teamCode, members);
                // office teams spread their office day over the working week; home teams have none
                Integer officeDay = pool.officeEligible() ? 1 + (t - 1) % 5 : null;
                teams.add(new TeamSpec(teamCode, pool.teamName() + " " + t, pool.siteCode(),
                        members.get(0).employeeNumber, officeDay));
            }
        }
        // Week by week: exits with a tenure-dependent hazard, then a monthly hiring class refills each team.
        for (LocalDate week = start; !week.isAfter(lastDay); week = week.plusWeeks(1)) {
            for (var entry : byTeam.entrySet()) {
                for (MutableAgent agent : entry.getValue()) {
                    if (agent.exitDate == null && !agent.lead && random.nextDouble() < weeklyExitHazard(agent, week)) {
                        agent.exitDate = week.plusDays(random.nextInt(7));
                        boolean voluntary = random.nextDouble() < 0.78;
                        agent.exitKind = voluntary ? ExitKind.VOLUNTARY : ExitKind.INVOLUNTARY;
                        String[] reasons = voluntary ? VOLUNTARY_REASONS : INVOLUNTARY_REASONS;
                        agent.exitReason = reasons[random.nextInt(reasons.length)];
                        if (agent.exitDate.isAfter(lastDay)) {
                            agent.exitDate = lastDay;
                        }
                    }
                }
            }
            if (week.equals(week.with(TemporalAdjusters.firstInMonth(DayOfWeek.MONDAY)))) {
                for (Pool pool : POOLS) {
                    for (int t = 1; t <= pool.teams(); t++) {
                        List<MutableAgent> members = byTeam.get(pool.teamPrefix() + "-" + t);
                        long active = members.stream().filter(a -> a.exitDate == null).count();
                        for (long missing = pool.teamSize() - active; missing > 0; missing--) {
                            members.add(newAgent(random, pool, pool.teamPrefix() + "-" + t, week, sequence, false));
                        }
                    }
                }
            }
        }
        hireOnboardingClass(byTeam, sequence);
        byTeam.values().forEach(members -> members.forEach(m -> agents.add(m.toSpec(lastDay))));
    }

    /** Agents of the class hired on the Monday of the history's last week, one per Istanbul team. */
    static final int ONBOARDING_CLASS_SIZE = 6;

    /**
     * A class hired on the Monday of the last week of history, ahead of the new year's peak, one agent per Istanbul
     * team: in onboarding when the demo starts (the monthly refills alone leave weeks with nobody in training), with
     * contracts, skills and availability drawn like any hire's.
     */
    private void hireOnboardingClass(Map<String, List<MutableAgent>> byTeam, int[] sequence) {
        LocalDate monday = lastDay.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        Pool istanbul = POOLS.getFirst();
        for (int t = 1; t <= ONBOARDING_CLASS_SIZE; t++) {
            String team = istanbul.teamPrefix() + "-" + (1 + (t - 1) % istanbul.teams());
            byTeam.get(team).add(newAgent(classRandom, istanbul, team, monday, sequence, false));
        }
    }

    /** Weekly exit probability: 19 % a year on average, higher in the first year, lower for long tenure. */
    private static double weeklyExitHazard(MutableAgent agent, LocalDate week) {
        long tenureDays = ChronoUnit.DAYS.between(agent.hireDate, week);
        if (tenureDays < 0) {
            return 0;
        }
        double multiplier = tenureDays < 182 ? 1.5 : tenureDays < 365 ? 1.15 : tenureDays < 1095 ? 0.9 : 0.7;
        return 1 - Math.pow(1 - ANNUAL_TURNOVER * multiplier, 1.0 / 52);
    }

    private static MutableAgent newAgent(RandomGenerator random, Pool pool, String teamCode, LocalDate hireDate,
                                         int[] sequence, boolean lead) {
        String language = pool.language().equals("en") && random.nextDouble() < 0.4
                ? (random.nextBoolean() ? "tr" : "pl") : pool.language();
        String[] firsts = FIRST_NAMES.get(language);
        String[] lasts = LAST_NAMES.get(language);
        MutableAgent agent = new MutableAgent();
        agent.nativeLanguage = language;
        agent.employeeNumber = String.format(Locale.ROOT, "E%05d", sequence[0]++);
        agent.firstName = firsts[random.nextInt(firsts.length)];
        agent.lastName = lasts[random.nextInt(lasts.length)];
        agent.email = asciiLower(agent.firstName + "." + agent.lastName) + "." + agent.employeeNumber.toLowerCase(Locale.ROOT)
                + "@demo.frontline.dev";
        agent.hireDate = hireDate;
        agent.lead = lead;
        double contractDraw = random.nextDouble();
        agent.contractCode = lead || contractDraw < 0.68 ? "FT40" : contractDraw < 0.88 ? "PT30" : "PT20";
        agent.teamCode = teamCode;
        agent.homeSiteCode = pool.siteCode();
        agent.officeEligible = pool.officeEligible();
        for (var skill : pool.skillOdds().entrySet()) {
            if (random.nextDouble() < skill.getValue()) {
                agent.skills.put(skill.getKey(), proficiency(random));
            }
        }
        if (agent.skills.isEmpty()) {
            agent.skills.put(pool.skillOdds().keySet().iterator().next(), proficiency(random));
        }
        return agent;
    }

    /**
     * 0.70 to 1.00 in steps of 0.05 (mean 0.85): the roster counts an agent's proficiency as the share of an agent it
     * supplies, so a centre of experienced agents is not a centre of half-agents; new and newly skilled agents start
     * lower through training.
     */
    private static double proficiency(RandomGenerator random) {
        return Math.round((0.7 + 0.3 * random.nextDouble()) * 20) / 20.0;
    }

    private static String asciiLower(String name) {
        String normalized = java.text.Normalizer.normalize(name.replace("ı", "i").replace("ł", "l").replace("Ł", "L"),
                java.text.Normalizer.Form.NFD);
        return normalized.replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT).replaceAll("[^a-z.]", "");
    }

    private static final class MutableAgent {
        String employeeNumber;
        String firstName;
        String lastName;
        String email;
        LocalDate hireDate;
        LocalDate exitDate;
        ExitKind exitKind;
        String exitReason;
        String contractCode;
        String teamCode;
        String homeSiteCode;
        boolean officeEligible;
        boolean lead;
        String nativeLanguage;
        final Map<String, Double> skills = new LinkedHashMap<>();

        AgentSpec toSpec(LocalDate lastDay) {
            return new AgentSpec(employeeNumber, firstName, lastName, email, hireDate, exitDate, exitKind, exitReason,
                    contractCode, teamCode, homeSiteCode, officeEligible, Map.copyOf(skills), languages(),
                    weeklyAvailability(), exceptions(lastDay));
        }

        /** Their own language and the language of every queue they serve, so skills and languages agree. */
        private Set<String> languages() {
            Set<String> languages = new TreeSet<>();
            languages.add(nativeLanguage);
            skills.keySet().forEach(code -> QUEUES.stream().filter(q -> q.code().equals(code))
                    .forEach(q -> languages.add(q.language())));
            return Set.copyOf(languages);
        }

        private int number() {
            return Integer.parseInt(employeeNumber.substring(1));
        }

        /**
         * Part-timers with restricted hours, chosen by employee number so the random draws of the centre stay as they
         * were: every second PT20 agent is a student (weekday evenings and Saturday), every third PT30 agent a
         * parent (weekday school hours).
         */
        private List<WeeklySlot> weeklyAvailability() {
            List<WeeklySlot> slots = new ArrayList<>();
            if (contractCode.equals("PT20") && number() % 2 == 0) {
                for (DayOfWeek day : List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY,
                        DayOfWeek.THURSDAY, DayOfWeek.FRIDAY)) {
                    slots.add(new WeeklySlot(day, LocalTime.of(16, 0), LocalTime.of(22, 0)));
                }
                slots.add(new WeeklySlot(DayOfWeek.SATURDAY, LocalTime.of(9, 0), LocalTime.of(18, 0)));
            } else if (contractCode.equals("PT30") && number() % 3 == 0) {
                for (DayOfWeek day : List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY,
                        DayOfWeek.THURSDAY, DayOfWeek.FRIDAY)) {
                    slots.add(new WeeklySlot(day, LocalTime.of(8, 30), LocalTime.of(15, 0)));
                }
            }
            return List.copyOf(slots);
        }

        /** Students have an exam day off, and parents an afternoon they can cover, in the weeks after the history. */
        private List<AvailabilityException> exceptions(LocalDate lastDay) {
            if (exitDate != null || weeklyAvailability().isEmpty() || number() % 4 >= 2) {
                return List.of();
            }
            LocalDate day = lastDay.plusDays(8 + number() % 14);
            return contractCode.equals("PT20")
                    ? List.of(new AvailabilityException(day, null, null, "Exam"))
                    : List.of(new AvailabilityException(day, LocalTime.of(12, 0), LocalTime.of(20, 0),
                            "Childcare covered by family"));
        }
    }

    private static List<UserSpec> users(List<TeamSpec> teams, List<AgentSpec> agents) {
        List<UserSpec> users = new ArrayList<>();
        users.add(new UserSpec("planner", AppRole.PLANNER, "Pat Planner", null));
        users.add(new UserSpec("hr.lead", AppRole.HR, "Helen Hr", null));
        Map<String, String> firstActiveAgentOfTeam = new HashMap<>();
        Set<String> leads = new java.util.HashSet<>(teams.stream().map(TeamSpec::leadEmployeeNumber).toList());
        for (AgentSpec agent : agents) {
            if (agent.active() && !leads.contains(agent.employeeNumber())) {
                firstActiveAgentOfTeam.putIfAbsent(agent.teamCode(), agent.employeeNumber());
            }
        }
        Map<String, String> demoAgents = new LinkedHashMap<>();
        demoAgents.put("agent.ist", "IST-1");
        demoAgents.put("agent.waw", "WAW-1");
        demoAgents.put("agent.home", "HOME-1");
        demoAgents.forEach((username, team) -> {
            String number = firstActiveAgentOfTeam.get(team);
            AgentSpec agent = agents.stream().filter(a -> a.employeeNumber().equals(number)).findFirst().orElseThrow();
            users.add(new UserSpec(username, AppRole.AGENT, agent.firstName() + " " + agent.lastName(), number));
        });
        users.add(new UserSpec("admin", AppRole.ADMIN, "Ada Admin", null));
        // every current agent also signs in with their employee number in lower case (e00004), the three named
        // agents included, so a tester can be any agent of the centre
        for (AgentSpec agent : agents) {
            if (agent.active()) {
                users.add(new UserSpec(agent.employeeNumber().toLowerCase(java.util.Locale.ROOT), AppRole.AGENT,
                        agent.firstName() + " " + agent.lastName(), agent.employeeNumber()));
            }
        }
        return users;
    }

    // ---------------------------------------------------------------- history

    private List<HistoryRow> history() {
        LocalDate firstDay = lastDay.minusWeeks(historyWeeks).plusDays(1);
        List<HistoryRow> rows = new ArrayList<>(140_000);
        for (QueueSpec queue : QUEUES) {
            ZoneId zone = ZoneId.of(queue.timeZone());
            Set<LocalDate> holidays = PublicHolidays.between(queue.countryCode(), firstDay.minusDays(1), lastDay);
            double[] profile = intradayProfile(queue);
            double maxShare = java.util.Arrays.stream(profile).max().orElse(1);
            for (LocalDate day = firstDay; !day.isAfter(lastDay); day = day.plusDays(1)) {
                double dailyVolume = dailyVolume(queue, day, holidays, firstDay);
                // step through instants, so DST days get their 92 or 100 quarter-hours
                Instant from = day.atStartOfDay(zone).toInstant();
                Instant to = day.plusDays(1).atStartOfDay(zone).toInstant();
                for (Instant t = from; t.isBefore(to); t = t.plus(Duration.ofMinutes(INTERVAL_MINUTES))) {
                    LocalTime local = ZonedDateTime.ofInstant(t, zone).toLocalTime();
                    if (!isOpen(queue, local)) {
                        continue;
                    }
                    double share = profile[local.toSecondOfDay() / (INTERVAL_MINUTES * 60)];
                    rows.add(interval(queue, t, dailyVolume * share, share / maxShare, local));
                }
            }
        }
        return rows;
    }

    private static boolean isOpen(QueueSpec queue, LocalTime local) {
        if (queue.opens().equals(queue.closes())) {
            return true;
        }
        return !local.isBefore(queue.opens()) && local.isBefore(queue.closes());
    }

    /** Expected contacts on a day: weekday volume × weekday factor × season × trend × special-day effects. */
    private double dailyVolume(QueueSpec queue, LocalDate day, Set<LocalDate> holidays, LocalDate firstDay) {
        double[] week = switch (queue.channel()) {
            case VOICE, VIDEO -> VOICE_WEEK;
            case CHAT, MESSAGING -> CHAT_WEEK;
            case EMAIL, BACK_OFFICE -> EMAIL_WEEK;
        };
        double volume = queue.weekdayVolume() * week[day.getDayOfWeek().getValue() - 1];
        volume *= 1 + 0.08 * Math.sin(2 * Math.PI * (day.getDayOfYear() - 20) / 365.25);
        volume *= 1 + 0.06 * ChronoUnit.DAYS.between(firstDay, day) / 365.0;
        if (holidays.contains(day)) {
            volume *= 0.3;
        } else if (holidays.contains(day.minusDays(1))) {
            volume *= 1.15;
        }
        if (queue.code().startsWith("BILLING") && isBillRun(day)) {
            volume *= 1.3;
        }
        return volume;
    }

    /** Bills go out on the first weekday of the month and calls follow. */
    private static boolean isBillRun(LocalDate day) {
        LocalDate first = day.withDayOfMonth(1);
        while (first.getDayOfWeek().getValue() > 5) {
            first = first.plusDays(1);
        }
        return day.equals(first) || day.equals(first.plusDays(1));
    }

    /** Share of the day's contacts per quarter-hour of the local day (sums to 1 over the open hours). */
    private static double[] intradayProfile(QueueSpec queue) {
        int slots = 24 * 60 / INTERVAL_MINUTES;
        double[] profile = new double[slots];
        double total = 0;
        for (int i = 0; i < slots; i++) {
            LocalTime time = LocalTime.ofSecondOfDay(i * INTERVAL_MINUTES * 60L);
            if (!isOpen(queue, time)) {
                continue;
            }
            double hour = i * INTERVAL_MINUTES / 60.0 + INTERVAL_MINUTES / 120.0;
            double shape = switch (queue.channel()) {
                case VOICE, VIDEO -> 0.12 + gauss(hour, 10.5, 1.4) + 0.85 * gauss(hour, 14.5, 1.6);
                case CHAT, MESSAGING -> 0.15 + 0.8 * gauss(hour, 12.0, 2.0) + gauss(hour, 19.5, 1.6);
                case EMAIL, BACK_OFFICE -> 0.06 + gauss(hour, 10.0, 2.2) + 0.6 * gauss(hour, 15.5, 2.5)
                        + 0.3 * gauss(hour, 21.0, 1.5);
            };
            profile[i] = shape;
            total += shape;
        }
        for (int i = 0; i < slots; i++) {
            profile[i] /= total;
        }
        return profile;
    }

    private static double gauss(double x, double mean, double sigma) {
        double z = (x - mean) / sigma;
        return Math.exp(-0.5 * z * z);
    }

    private HistoryRow interval(QueueSpec queue, Instant start, double expected, double relativeLoad, LocalTime local) {
        int offered = expected <= 0 ? 0 : new PoissonDistribution(random, expected,
                PoissonDistribution.DEFAULT_EPSILON, PoissonDistribution.DEFAULT_MAX_ITERATIONS).sample();
        double abandonRate = switch (queue.channel()) {
            case VOICE, VIDEO -> 0.02 + 0.06 * relativeLoad * relativeLoad;
            case CHAT, MESSAGING -> 0.015 + 0.03 * relativeLoad * relativeLoad;
            case EMAIL, BACK_OFFICE -> 0;
        };
        int abandoned = offered == 0 || abandonRate == 0 ? 0
                : new BinomialDistribution(random, offered, abandonRate).sample();
        int handled = offered - abandoned;
        Double aht = null;
        if (handled > 0) {
            double timeOfDay = 1 + 0.05 * Math.cos(2 * Math.PI * (local.toSecondOfDay() / 86400.0 - 0.6));
            double noise = Math.exp(random.nextGaussian() * 0.12 / Math.sqrt(handled));
            aht = Math.round(queue.ahtSeconds() * timeOfDay * noise * 100) / 100.0;
        }
        return new HistoryRow(queue.code(), start.atOffset(ZoneOffset.UTC), INTERVAL_MINUTES, offered, handled,
                abandoned, aht);
    }

    /** Skill odds in the given order; the first skill is the pool's main one. */
    private static Map<String, Double> ordered(Object... keyValues) {
        Map<String, Double> map = new LinkedHashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            map.put((String) keyValues[i], (Double) keyValues[i + 1]);
        }
        return map;
    }
}
