package dev.frontline.workforce;

/** Active agents of one team at one site. */
public record HeadcountRow(String siteName, String teamName, int headcount) {
}
