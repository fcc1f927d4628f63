package dev.frontline.jobs;

/** A job of the same kind is already queued or running for the same subject, on this node or another. */
public class JobConflictException extends RuntimeException {

    public JobConflictException(String kind, long subjectId) {
        super("a " + kind + " job for #" + subjectId + " is already queued or running");
    }
}
