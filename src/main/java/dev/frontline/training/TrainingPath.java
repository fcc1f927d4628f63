package dev.frontline.training;


/** A stored path: id, version and what HR wrote (its courses in order). */
public record TrainingPath(long id, int version, PathDraft path) {
}
