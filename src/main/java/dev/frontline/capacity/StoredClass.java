package dev.frontline.capacity;

import dev.frontline.capacity.engine.HiringClass;

/**
 * A saved hiring class of a computed scenario, with its id (to change or remove it) and its effect on the gap: the
 * scenario's queue-weeks below goal and shortfall in FTE-weeks had it been computed without this class (null for a
 * scenario saved before effects were kept).
 */
public record StoredClass(long id, HiringClass hiringClass, Integer weeksBelowWithout, Double shortfallWithout) {
}
