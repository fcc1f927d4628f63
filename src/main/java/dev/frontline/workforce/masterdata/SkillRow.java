package dev.frontline.workforce.masterdata;

/** A skill an agent can hold and a queue can need. */
public record SkillRow(long id, String code, String name) {
}
