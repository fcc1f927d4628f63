package dev.frontline.training;


/** A stored course: its id and version (for optimistic locking), what HR wrote, and how many sessions it takes. */
public record Course(long id, int version, CourseDraft course, int sessions) {
}
