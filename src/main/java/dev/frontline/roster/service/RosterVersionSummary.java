package dev.frontline.roster.service;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import dev.frontline.db.enums.RosterStatus;

/** A saved roster: its period, status (draft / published / archived), who made and published it, and its score. */
public record RosterVersionSummary(long id, String name, LocalDate firstDay, LocalDate lastDay, RosterStatus status,
        Long basedOnId, List<Long> requirementVersionIds, String solverConfig, OffsetDateTime createdAt, String createdBy,
        OffsetDateTime updatedAt, OffsetDateTime publishedAt, String publishedBy, String score, Long hardScore,
        Long softScore, Double undercoveragePercent, Double solvingSeconds) {

    public boolean feasible() {
        return hardScore != null && hardScore >= 0;
    }

    /** Every day of the period, first to last. */
    public List<LocalDate> days() {
        return firstDay.datesUntil(lastDay.plusDays(1)).toList();
    }

    public String label() {
        return "#" + id + " " + name + " (" + status + ", " + firstDay + " .. " + lastDay + ")";
    }
}
