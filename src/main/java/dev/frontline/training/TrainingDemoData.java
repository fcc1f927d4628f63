package dev.frontline.training;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import dev.frontline.db.enums.EnrolmentStatus;
import dev.frontline.db.enums.TrainingDelivery;
import dev.frontline.db.enums.TrainingGrant;
import dev.frontline.db.enums.TrainingPathPurpose;
import dev.frontline.training.persistence.TrainerRepository;
import dev.frontline.training.persistence.TrainingDemoRepository;
import dev.frontline.training.persistence.TrainingDemoRepository.DemoAgent;
import dev.frontline.training.persistence.TrainingRepository;
import dev.frontline.training.persistence.TrainingRepository.CourseRefs;

/**
 * The demo centre's training, written once after the centre exists (deterministic, seed 15, dates relative to today):
 * a catalogue of 11 courses and 5 paths; every agent hired in the last two years went through onboarding — the
 * 5-week path (2 weeks of nesting at 0.60) for hires more than a year ago, the 3-week path (shorter classroom, 4 weeks
 * of nesting at 0.50) since — so a class hired in the last six weeks is in onboarding or nesting today (the generated
 * centre hires a class of six in the last week of its history, so there always is one); every holder of a chat skill
 * completed the chat courses and every non-native holder of the English sales skill the language course; team leads
 * completed the lead courses; a chat cross-skilling cohort of Istanbul agents is half-way through its path, and three
 * agents are preparing to lead; the yearly data-protection and card-security courses were taken by everyone, a few
 * of them now expired or expiring within 60 days. Two cohorts wait for the coming rosters to place their sessions:
 * the chat cohort's next course (3 sessions of 4 hours, due in 3 weeks) and a data-protection refresher for the ten
 * Istanbul agents whose completion expires first (one 2-hour session, due in 25 days).
 */
@Component
@Profile("demo")
class TrainingDemoData implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(TrainingDemoData.class);
    static final String BY = "hr.lead";

    private final TrainingRepository training;
    private final TrainingDemoRepository agents;
    private final TrainerRepository trainers;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private volatile boolean running;

    TrainingDemoData(TrainingRepository training, TrainingDemoRepository agents, TrainerRepository trainers,
                     TransactionTemplate transaction, Clock clock) {
        this.training = training;
        this.agents = agents;
        this.trainers = trainers;
        this.transaction = transaction;
        this.clock = clock;
    }

    private static BigDecimal d(String value) {
        return new BigDecimal(value);
    }

    private static CourseDraft course(String code, String name, TrainingGrant grants, String skill, String proficiency,
                                      String hours, int session, String site, Integer seats, String trainer,
                                      Integer validity, List<String> prerequisites) {
        return new CourseDraft(code, name, grants, skill, proficiency == null ? null : d(proficiency), d(hours), session,
                site == null ? TrainingDelivery.VIRTUAL : TrainingDelivery.CLASSROOM, site, seats, null, trainer,
                validity, d(hours), prerequisites);
    }

    static final List<CourseDraft> COURSES = List.of(
            course("INDUCT-101", "Induction: the centre, its tools and systems", TrainingGrant.NONE, null, null, "16",
                    240, null, null, "Learning team", null, List.of()),
            course("CALL-101", "Call handling basics", TrainingGrant.NONE, null, null, "24", 240, "IST", 12,
                    "Selin Arslan", null, List.of("INDUCT-101")),
            course("BILL-101", "Billing products and invoices", TrainingGrant.NONE, null, null, "16", 240, null, null,
                    "Learning team", null, List.of("INDUCT-101")),
            course("CALL-102", "Difficult conversations and de-escalation", TrainingGrant.NONE, null, null, "8", 240,
                    "WAW", 10, "Marta Zielińska", null, List.of("CALL-101")),
            course("CHAT-101", "Chat and writing fundamentals", TrainingGrant.NONE, null, null, "8", 240, null, null,
                    "Learning team", null, List.of()),
            course("CHAT-201", "Technical support by chat (Turkish)", TrainingGrant.SKILL, "TECH_TR_CHAT", "0.50", "12",
                    240, null, null, "Selin Arslan", null, List.of("CHAT-101")),
            course("CARE-201", "Customer care by chat (English)", TrainingGrant.SKILL, "CARE_EN_CHAT", "0.50", "12", 240,
                    null, null, "Learning team", null, List.of("CHAT-101")),
            course("LANG-EN-201", "English for sales calls", TrainingGrant.SKILL, "SALES_EN_VOICE", "0.50", "30", 180,
                    null, null, "Language school", null, List.of()),
            course("GDPR-100", "Data protection (yearly)", TrainingGrant.NONE, null, null, "2", 120, null, null,
                    "Compliance office", 12, List.of()),
            course("PCI-100", "Card payment security (yearly)", TrainingGrant.NONE, null, null, "1.5", 90, null, null,
                    "Compliance office", 12, List.of()),
            course("LEAD-301", "Team-lead foundations", TrainingGrant.NONE, null, null, "24", 480, "WAW", 10,
                    "Marta Zielińska", null, List.of("CALL-102")));

    static final PathDraft ONBOARDING_3W = new PathDraft("ONB-3W", "Onboarding in 3 weeks",
            TrainingPathPurpose.ONBOARDING, 4, d("0.50"), List.of("INDUCT-101", "CALL-101", "BILL-101", "GDPR-100"));
    static final PathDraft ONBOARDING_5W = new PathDraft("ONB-5W", "Onboarding in 5 weeks",
            TrainingPathPurpose.ONBOARDING, 2, d("0.60"),
            List.of("INDUCT-101", "CALL-101", "BILL-101", "CALL-102", "GDPR-100", "PCI-100"));
    static final PathDraft CHAT_CROSS = new PathDraft("CHAT-X", "Cross-skilling: voice to chat",
            TrainingPathPurpose.CROSS_SKILLING, 0, null, List.of("CHAT-101", "CHAT-201"));
    static final PathDraft ENGLISH = new PathDraft("LANG-EN", "Second language: English",
            TrainingPathPurpose.SECOND_LANGUAGE, 0, null, List.of("LANG-EN-201"));
    static final PathDraft LEAD = new PathDraft("LEAD-PREP", "Team-lead preparation", TrainingPathPurpose.TEAM_LEAD, 0,
            null, List.of("CALL-102", "LEAD-301"));

    /** Working days from the start of each onboarding course, per path. */
    private static final int[] DAYS_3W = {1, 6, 10, 13};
    private static final int[] DAYS_5W = {2, 8, 13, 18, 22, 24};

    private final Map<String, Long> courseIds = new HashMap<>();
    private final Map<String, Long> pathIds = new HashMap<>();

    @Override
    public void start() {
        running = true;
        if (training.hasCatalogue() || agents.agents().isEmpty()) {
            return;
        }
        int[] written = new int[1];
        transaction.executeWithoutResult(status -> written[0] = write());
        log.info("Demo training written: {} courses, {} paths, {} enrolments", COURSES.size(), 5, written[0]);
    }

    private int write() {
        for (CourseDraft c : COURSES) {
            long id = training.insertCourse(c, new CourseRefs(
                    c.skillCode() == null ? null : training.skillId(c.skillCode()).orElseThrow(),
                    c.siteCode() == null ? null : training.siteId(c.siteCode()).orElseThrow(), null));
            courseIds.put(c.code(), id);
        }
        for (CourseDraft c : COURSES) {
            training.replacePrerequisites(courseIds.get(c.code()), c.prerequisites().stream().map(courseIds::get).toList());
        }
        for (PathDraft p : List.of(ONBOARDING_3W, ONBOARDING_5W, CHAT_CROSS, ENGLISH, LEAD)) {
            long id = training.insertPath(p);
            training.replacePathCourses(id, p.courses().stream().map(courseIds::get).toList());
            pathIds.put(p.code(), id);
        }
        LocalDate today = LocalDate.now(clock);
        LocalDate twoYearsAgo = today.minusYears(2);
        LocalDate switchTo3Weeks = today.minusYears(1);
        Random random = new Random(15);
        int count = 0;
        List<DemoAgent> istanbulWithoutChat = new ArrayList<>();
        List<DemoAgent> leadCandidates = new ArrayList<>();
        Map<DemoAgent, LocalDate> dataProtection = new HashMap<>();
        for (DemoAgent a : agents.agents()) {
            LocalDate end = a.exitDate() == null ? today.plusDays(1) : a.exitDate();
            // onboarding of the last two years' hires
            if (!a.hireDate().isBefore(twoYearsAgo)) {
                boolean shortPath = !a.hireDate().isBefore(switchTo3Weeks);
                count += onboard(a, shortPath ? ONBOARDING_3W : ONBOARDING_5W, shortPath ? DAYS_3W : DAYS_5W, end, today);
            }
            LocalDate settled = max(a.hireDate().plusDays(90), twoYearsAgo.plusDays(random.nextInt(120)));
            if (!settled.plusDays(10).isBefore(end) || !settled.plusDays(10).isBefore(today)) {
                // hired (or leaving) too recently for a later course: the skill was taught within their first weeks
                settled = workingDays(a.hireDate(), 3);
            }
            // the skills they hold beyond their first: each taught by its course
            if (a.skills().contains("TECH_TR_CHAT")) {
                count += pass(a, "CHAT-101", settled, end) + pass(a, "CHAT-201", settled.plusDays(7), end);
            }
            if (a.skills().contains("CARE_EN_CHAT")) {
                // the chat fundamentals once, before either chat course
                count += (a.skills().contains("TECH_TR_CHAT") ? 0 : pass(a, "CHAT-101", settled.plusDays(1), end))
                        + pass(a, "CARE-201", settled.plusDays(9), end);
            }
            if (a.skills().contains("SALES_EN_VOICE") && a.officeEligible()) {
                count += pass(a, "LANG-EN-201", settled.plusDays(30 + random.nextInt(60)), end);
            }
            if (a.lead()) {
                count += pass(a, "CALL-102", settled, end) + pass(a, "LEAD-301", settled.plusDays(14), end);
            }
            // English for the office agents (Turkish and Polish speakers) who sell in English
            // yearly compliance for everyone employed: the latest round 0 to 14 months ago
            LocalDate gdpr = today.minusDays(random.nextInt(425));
            count += compliance(a, "GDPR-100", gdpr, end, today);
            if (a.exitDate() == null && !gdpr.isBefore(a.hireDate().plusDays(14))) {
                dataProtection.put(a, gdpr);
            }
            if (a.officeEligible()) {
                count += compliance(a, "PCI-100", today.minusDays(random.nextInt(425)), end, today);
            }
            boolean employed = a.exitDate() == null;
            if (employed && a.siteCode().equals("IST") && !a.lead() && !a.skills().contains("TECH_TR_CHAT")
                    && a.hireDate().isBefore(today.minusMonths(6))) {
                istanbulWithoutChat.add(a);
            }
            // LEAD-301 is a classroom in Warsaw: its candidates may work in that office
            if (employed && !a.lead() && a.hireDate().isBefore(today.minusYears(3)) && a.siteCode().equals("WAW")
                    && a.officeEligible()) {
                leadCandidates.add(a);
            }
        }
        // the chat cross-skilling cohort: fundamentals done last week, the chat course from next Monday for the coming
        // rosters to place (this week's roster, published at start-up, leaves it to them)
        LocalDate cohortStart = today.minusDays(10);
        LocalDate nextMonday = today.with(TemporalAdjusters.next(DayOfWeek.MONDAY));
        List<DemoAgent> chatCohort = istanbulWithoutChat.subList(0, Math.min(8, istanbulWithoutChat.size()));
        for (DemoAgent a : chatCohort) {
            long pe = training.insertPathEnrolment(a.id(), pathIds.get("CHAT-X"), cohortStart, today.plusDays(21), BY);
            training.insertEnrolment(a.id(), courseIds.get("CHAT-101"), pe, cohortStart, today.plusDays(21),
                    EnrolmentStatus.COMPLETED, today.minusDays(5), d("80").add(BigDecimal.valueOf(random.nextInt(18))), BY);
            training.insertEnrolment(a.id(), courseIds.get("CHAT-201"), pe, nextMonday, today.plusDays(21),
                    EnrolmentStatus.PLANNED, null, null, BY);
            count += 2;
        }
        // the data-protection refresher: the ten Istanbul agents whose yearly completion, still valid, expires first
        List<DemoAgent> refresher = dataProtection.entrySet().stream()
                .filter(e -> e.getKey().siteCode().equals("IST") && !e.getKey().lead() && !chatCohort.contains(e.getKey()))
                .filter(e -> e.getValue().isAfter(today.minusYears(1)))
                .sorted(Map.Entry.<DemoAgent, LocalDate>comparingByValue()
                        .thenComparing(e -> e.getKey().employeeNumber()))
                .limit(10).map(Map.Entry::getKey).toList();
        for (DemoAgent a : refresher) {
            training.insertEnrolment(a.id(), courseIds.get("GDPR-100"), null, nextMonday, today.plusDays(25),
                    EnrolmentStatus.PLANNED, null, null, BY);
            count++;
        }
        // three agents preparing to lead
        for (DemoAgent a : leadCandidates.subList(0, Math.min(3, leadCandidates.size()))) {
            long pe = training.insertPathEnrolment(a.id(), pathIds.get("LEAD-PREP"), today.minusDays(20),
                    today.plusDays(40), BY);
            training.insertEnrolment(a.id(), courseIds.get("CALL-102"), pe, today.minusDays(20), today.plusDays(40),
                    EnrolmentStatus.COMPLETED, today.minusDays(12), null, BY);
            training.insertEnrolment(a.id(), courseIds.get("LEAD-301"), pe, today.minusDays(20), today.plusDays(40),
                    EnrolmentStatus.SCHEDULED, null, null, BY);
            count += 2;
        }
        trainersAvailability(nextMonday);
        return count;
    }

    /**
     * When the named trainers teach: the learning team on weekdays 08:00–18:00, the compliance office Monday to
     * Thursday 09:00–16:00, Marta Zielińska weekdays 08:00–17:00 (her team-lead days last eight hours) but away next
     * Wednesday; Selin Arslan (the chat cohort's CHAT-201, which the cheapest-week what-if prices) and the language
     * school any time.
     */
    private void trainersAvailability(LocalDate nextMonday) {
        List<DayOfWeek> weekdays = List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY,
                DayOfWeek.FRIDAY);
        availability("Learning team", weekdays, LocalTime.of(8, 0), LocalTime.of(18, 0), List.of());
        availability("Compliance office", weekdays.subList(0, 4), LocalTime.of(9, 0), LocalTime.of(16, 0), List.of());
        availability("Marta Zielińska", weekdays, LocalTime.of(8, 0), LocalTime.of(17, 0),
                List.of(new Trainer.Away(nextMonday.plusDays(2), "Leadership conference")));
    }

    private void availability(String name, List<DayOfWeek> days, LocalTime from, LocalTime to, List<Trainer.Away> away) {
        trainers.replace(trainers.trainerIdOrNew(name),
                days.stream().map(day -> new Trainer.Hours(day, from, to)).toList(), away);
    }

    /** The path's courses on their working days from the hire date: done when the day is past and before the exit. */
    private int onboard(DemoAgent a, PathDraft path, int[] days, LocalDate end, LocalDate today) {
        LocalDate due = workingDays(a.hireDate(), days[days.length - 1] + 2);
        long pe = training.insertPathEnrolment(a.id(), pathIds.get(path.code()), a.hireDate(), due, BY);
        boolean open = false;
        for (int i = 0; i < days.length; i++) {
            String code = path.courses().get(i);
            LocalDate on = workingDays(a.hireDate(), days[i]);
            boolean done = !open && on.isBefore(today) && on.isBefore(end);
            EnrolmentStatus status = done ? EnrolmentStatus.COMPLETED
                    : open ? EnrolmentStatus.SCHEDULED : EnrolmentStatus.IN_PROGRESS;
            long id = training.insertEnrolment(a.id(), courseIds.get(code), pe, a.hireDate(), due, status,
                    done ? on : null, null, BY);
            open |= !done;
            if (done) {
                gain(a, code, on, id);
            }
        }
        return days.length;
    }

    private int pass(DemoAgent a, String course, LocalDate on, LocalDate end) {
        if (!on.isBefore(end) || !on.isBefore(LocalDate.now(clock))) {
            return 0;
        }
        long id = training.insertEnrolment(a.id(), courseIds.get(course), null, on.minusDays(14), on,
                EnrolmentStatus.COMPLETED, on, null, BY);
        gain(a, course, on, id);
        return 1;
    }

    /** The latest round on {@code latest} and the rounds a year apart before it, within the agent's employment. */
    private int compliance(DemoAgent a, String course, LocalDate latest, LocalDate end, LocalDate today) {
        int written = 0;
        for (LocalDate on = latest; !on.isBefore(a.hireDate().plusDays(14)) && !on.isBefore(today.minusYears(2));
             on = on.minusYears(1)) {
            if (on.isBefore(end)) {
                training.insertEnrolment(a.id(), courseIds.get(course), null, on.minusDays(14), on,
                        EnrolmentStatus.COMPLETED, on, null, BY);
                written++;
            }
        }
        return written;
    }

    /** A skill the agent holds, recorded as gained by the course (the agent's current level is left as it is). */
    private void gain(DemoAgent a, String course, LocalDate on, long enrolmentId) {
        CourseDraft c = COURSES.stream().filter(x -> x.code().equals(course)).findFirst().orElseThrow();
        if (c.grants() == TrainingGrant.SKILL && a.skills().contains(c.skillCode())) {
            training.recordGain(a.id(), training.skillId(c.skillCode()).orElseThrow(), on, null, c.proficiency(),
                    enrolmentId);
        }
    }

    private static LocalDate workingDays(LocalDate from, int days) {
        LocalDate day = from;
        for (int i = 0; i < days; i++) {
            day = day.plusDays(1);
            if (day.getDayOfWeek() == DayOfWeek.SATURDAY) {
                day = day.with(TemporalAdjusters.next(DayOfWeek.MONDAY));
            }
        }
        return day;
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    @Override
    public void stop() {
        running = false;
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** After the centre ({@code DemoCentreSeeder}) and its roster data, before the web server. */
    @Override
    public int getPhase() {
        return 1;
    }
}
