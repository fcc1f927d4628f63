-- The speed–quality frontier's levers a scenario carries besides the classroom length (issue 18, item 4): the
-- onboarding path's nesting length and the hours a week every agent spends off the phones being coached or trained.
-- Null keeps the path's nesting and sets no time aside, as before.
alter table capacity_scenario
    add column nesting_weeks          integer       check (nesting_weeks between 0 and 26),
    add column coaching_hours_per_week numeric(4, 1) check (coaching_hours_per_week between 0 and 20);

-- A computed scenario's expected quality (item 3): the QA score and FCR its workforce (today's agents and its
-- classes, under its onboarding and coaching) is predicted to give, with standard errors; null where the quality data
-- are too few to predict. Kept beside the scenario's figures and replaced with them at every computation.
create table capacity_scenario_quality (
    scenario_id  bigint primary key references capacity_scenario (id) on delete cascade,
    qa           double precision,
    qa_se        double precision,
    fcr          double precision,
    fcr_se       double precision,
    observations integer not null check (observations >= 0),
    agents       integer not null check (agents >= 0),
    cohorts      integer not null check (cohorts >= 0)
);
