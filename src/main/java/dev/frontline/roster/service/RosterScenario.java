package dev.frontline.roster.service;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import dev.frontline.roster.engine.Roster;
import dev.frontline.roster.engine.RosterBuilder;
import dev.frontline.roster.engine.Site;

/**
 * A rostering problem read from the database for whole weeks {@code firstDay .. lastDay}, still open for pins and
 * published shifts (see {@link #builder()}), with what it takes to write a solution back: database ids of the agents,
 * shift templates and sites behind the engine's ids. Times are on the centre's clock {@code zone} (the first site's).
 *
 * @param agentIds engine agent id (employee number) to agent id
 * @param shiftTemplates engine shift type id to shift template id
 * @param siteIds engine site id (site code) to site id
 * @param sites the engine's sites by id
 * @param requirementVersionIds the requirement version used per queue
 * @param notes what the loader left out or assumed, for the planner
 * @param trainingSessions engine training session id to what it stands for (course, session, enrolments)
 */
public record RosterScenario(RosterBuilder builder, LocalDate firstDay, LocalDate lastDay, ZoneId zone,
        Map<String, Long> agentIds, Map<String, Long> shiftTemplates, Map<String, Long> siteIds, Map<String, Site> sites,
        List<Long> requirementVersionIds, List<String> notes, Map<String, TrainingSessionSource> trainingSessions) {

    /** A problem without training sessions. */
    public RosterScenario(RosterBuilder builder, LocalDate firstDay, LocalDate lastDay, ZoneId zone,
            Map<String, Long> agentIds, Map<String, Long> shiftTemplates, Map<String, Long> siteIds,
            Map<String, Site> sites, List<Long> requirementVersionIds, List<String> notes) {
        this(builder, firstDay, lastDay, zone, agentIds, shiftTemplates, siteIds, sites, requirementVersionIds, notes,
                Map.of());
    }

    public int days() {
        return (int) (lastDay.toEpochDay() - firstDay.toEpochDay()) + 1;
    }

    public Roster build() {
        return builder.build();
    }

    /** The instant a minute of a horizon day stands for on the centre's clock. */
    public OffsetDateTime instant(int day, int minuteOfDay) {
        return firstDay.plusDays(day).atStartOfDay().plusMinutes(minuteOfDay).atZone(zone).toOffsetDateTime();
    }
}
