package dev.frontline.roster.service;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.springframework.stereotype.Component;

import dev.frontline.roster.persistence.RosterTrainingRepository;
import dev.frontline.training.MySession;
import dev.frontline.training.ScheduledSessions;

/** An agent's sessions as the published rosters placed them, on the centre's clock, for their training page. */
@Component
class PublishedScheduledSessions implements ScheduledSessions {

    private final RosterTrainingRepository training;

    PublishedScheduledSessions(RosterTrainingRepository training) {
        this.training = training;
    }

    @Override
    public List<MySession> upcoming(long agentId, LocalDate from, int limit) {
        ZoneId zone = training.centreZone();
        return training.publishedOf(agentId, from.atStartOfDay(zone).toOffsetDateTime(), limit).stream()
                .map(s -> {
                    var start = s.startsAt().atZoneSameInstant(zone);
                    return new MySession(s.courseCode(), s.courseName(), s.sessionNumber(), s.sessionCount(),
                            start.toLocalDate(), start.toLocalTime(), start.plusMinutes(s.minutes()).toLocalTime(),
                            s.siteCode(), s.siteName(), s.trainerName());
                })
                .toList();
    }
}
