-- Forecast versions say why the selection kept a simple baseline or took a richer model, as a code and its
-- arguments, so the page renders the decision in the planner's language (issue 17, item 1).
alter table forecast_version
    add column selection_code text,
    add column selection_args text[] not null default '{}';

-- An adjustment copied from the previous version of the queue when a new version was run names that version, so
-- the planner sees which of their changes were carried forward (issue 17, item 4). A plain number rather than a
-- reference: the label stays true even after the earlier version is deleted.
alter table forecast_adjustment
    add column carried_from_version bigint;
