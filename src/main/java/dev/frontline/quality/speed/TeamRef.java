package dev.frontline.quality.speed;

/** A team as the speed-and-quality pages list it. */
public record TeamRef(long id, String code, String name, String siteCode) {
}
