package dev.frontline.staffing;

/** Which row of the shrinkage table an effective value comes from, most specific first. */
public enum ShrinkageSource {
    /** A row for this queue and this weekday. */
    QUEUE_WEEKDAY,
    /** A row for this queue, every day. */
    QUEUE,
    /** A row for every queue on this weekday. */
    WEEKDAY,
    /** The row for every queue and every day. */
    DEFAULT,
    /** No row applies: no shrinkage is assumed. */
    NONE
}
