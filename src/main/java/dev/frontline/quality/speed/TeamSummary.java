package dev.frontline.quality.speed;

import java.util.Map;

import dev.frontline.quality.speed.engine.KpiFigures;
import dev.frontline.quality.speed.engine.Measure;
import dev.frontline.quality.speed.engine.Spread;

/** One team's period in a line: its figures, the spread of each measure among its agents, and the agents flagged. */
public record TeamSummary(TeamRef team, KpiFigures figures, Map<Measure, Spread> spreads, int agentsWithData,
        int agentsJudged, int flaggedSpeedOverQuality, int flaggedQualityAtSlowPace) {
}
