package dev.frontline.jobs;

/** Where a background job is: waiting for a node, running on one, or ended in one of three ways. */
public enum JobState {
    QUEUED, RUNNING, DONE, FAILED, CANCELLED;

    public boolean active() {
        return this == QUEUED || this == RUNNING;
    }
}
