package dev.frontline.training;

import dev.frontline.training.engine.CourseDraft;

/** A stored course: its id and version (for optimistic locking), what HR wrote, and how many sessions it takes. */
public record Course(long id, int version, CourseDraft course, int sessions) {
}
