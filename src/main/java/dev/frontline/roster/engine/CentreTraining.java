package dev.frontline.roster.engine;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * The training of issue 15's benchmark, scaled to the centre's headcount (the figures are those of 150 agents over
 * four weeks): a 3-day course in a classroom of 12 in the first office for a cohort of 10 full-time agents of that
 * office (three 6-hour sessions in
 * order, due by the end of the second week), 2-hour virtual sessions for 30 agents (three cohorts of 10 with one
 * trainer, due by the end of the horizon) and 1-hour compliance refreshers for 20 (two cohorts of 10 with another
 * trainer, due by the end of the third week). Each agent is in one cohort at most.
 */
public final class CentreTraining {

    private static final int BENCH_AGENTS = 150;
    private static final int COHORT = 10;

    private CentreTraining() {
    }

    static void add(RosterBuilder builder, List<Agent> agents, int days, Random random) {
        Site classroomSite = agents.stream().flatMap(a -> a.locations().stream()).filter(WorkLocation::isOffice)
                .map(WorkLocation::site).findFirst().orElse(null);
        // the classroom is in the first office: its cohort is drawn from the full-time agents who may work there
        List<Agent> fullTime = new ArrayList<>(agents.stream().filter(CentreTraining::worksFullDays)
                .filter(a -> classroomSite == null || a.locations().contains(WorkLocation.office(classroomSite)))
                .toList());
        Collections.shuffle(fullTime, random);
        List<Agent> course = take(fullTime, scaled(10, agents.size()));
        List<Agent> others = new ArrayList<>(agents);
        others.removeAll(course);
        Collections.shuffle(others, random);
        List<Agent> shortSessions = take(others, scaled(30, agents.size()));
        others.removeAll(shortSessions);
        List<Agent> refreshers = take(others, scaled(20, agents.size()));

        String previous = null;
        for (int n = 1; n <= 3; n++) {
            String id = "COURSE-1#" + n;
            builder.training(new TrainingNeed(id, "CHAT-3D", "Chat in three days", n, 3, 6 * 60, ids(course), null,
                    "Trainer A", classroomSite == null ? null : "classroom-1", classroomSite == null ? 0 : 12,
                    classroomSite == null ? null : classroomSite.id(), 0, Math.min(days - 1, 13), previous));
            previous = id;
        }
        cohorts(builder, shortSessions, "PRODUCT", "New product", 2 * 60, "Trainer B", days - 1);
        cohorts(builder, refreshers, "COMPLY", "Compliance refresher", 60, "Trainer C", Math.min(days - 1, 20));
    }

    private static void cohorts(RosterBuilder builder, List<Agent> people, String code, String name, int minutes,
            String trainer, int due) {
        for (int c = 0; c * COHORT < people.size(); c++) {
            List<Agent> cohort = people.subList(c * COHORT, Math.min(people.size(), (c + 1) * COHORT));
            builder.training(new TrainingNeed(code + "-" + (c + 1) + "#1", code, name, 1, 1, minutes, ids(cohort), null,
                    trainer, null, 0, null, 0, due, null));
        }
    }

    /** Full-time agents: a shift of theirs holds a 6-hour session. */
    private static boolean worksFullDays(Agent agent) {
        return agent.shiftTypes().stream().anyMatch(s -> s.lengthMinutes() >= 6 * 60);
    }

    private static int scaled(int atBenchSize, int agents) {
        return Math.max(1, Math.round((float) atBenchSize * agents / BENCH_AGENTS));
    }

    private static List<Agent> take(List<Agent> from, int count) {
        return List.copyOf(from.subList(0, Math.min(count, from.size())));
    }

    private static List<String> ids(List<Agent> agents) {
        return agents.stream().map(Agent::id).toList();
    }
}
