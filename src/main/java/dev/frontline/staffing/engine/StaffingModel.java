package dev.frontline.staffing.engine;

/** The model a requirement was computed with, named in every explanation. */
public enum StaffingModel {
    ERLANG_C("Erlang C"),
    ERLANG_A("Erlang A"),
    CHAT_CONCURRENCY("Chat concurrency (Erlang C on chat slots)"),
    DEFERRED_BACKLOG("Deferred work (deadline-driven backlog)");

    private final String label;

    StaffingModel(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
