package dev.frontline.roster.service;

import java.time.LocalDate;
import java.util.List;

/**
 * A roster version was published (an application event, after its transaction): the versions it archived, and its
 * period, for whoever tells agents about their new or changed shifts.
 */
public record RosterPublished(long versionId, List<Long> archivedVersionIds, LocalDate firstDay, LocalDate lastDay) {
}
