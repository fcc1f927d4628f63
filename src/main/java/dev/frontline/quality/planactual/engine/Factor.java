package dev.frontline.quality.planactual.engine;

/**
 * The three inputs whose difference between plan and actual a service gap is attributed to: the contacts offered
 * (forecast error of volume), the average handle time, and the agents on the phones (staffed against planned).
 */
public enum Factor {
    VOLUME,
    AHT,
    STAFFING
}
