package dev.frontline.roster.service;

import java.time.OffsetDateTime;

/** The forecast and requirement versions of one queue that a roster was built from. */
public record VersionUsed(String queueCode, String queueName, long forecastVersionId, OffsetDateTime forecastCreatedAt,
        long requirementVersionId, OffsetDateTime requirementCreatedAt) {
}
