package dev.frontline.quality.speed.engine;

/**
 * A team's spread of one measure: how many agents had enough data for it and, when at least the rules' minimum did,
 * their quartiles (null otherwise: too few agents to speak of a band).
 */
public record Spread(Measure measure, int agentsWithEnoughData, Quartiles quartiles) {

    public boolean hasBand() {
        return quartiles != null;
    }
}
