package dev.frontline.workforce.masterdata;

import com.fasterxml.jackson.annotation.JsonUnwrapped;

/**
 * A saved master-data record: its database id, the version an update must name (optimistic locking) and its
 * editable content.
 */
public record Stored<D extends Record>(long id, int version, @JsonUnwrapped D data) {
}
