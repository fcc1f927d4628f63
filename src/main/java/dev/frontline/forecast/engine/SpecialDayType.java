package dev.frontline.forecast.engine;

/** What makes a day special for the forecast. */
public enum SpecialDayType {
    /** The centre is closed: the forecast is zero and the day is never used for training. */
    CLOSED,
    /** A public holiday on which the centre is open; its effect is learned from past holidays with the same kind. */
    PUBLIC_HOLIDAY,
    /** A planner event (campaign, outage, bill run …): uplift given as a percentage or learned from past events of the same kind. */
    EVENT
}
