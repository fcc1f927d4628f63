-- The capacity plan's remaining what-if levers (issue 18, item 3): the share of work done from home (which frees
-- office seats, the cap on what a site can put on the phones), the onboarding length as classroom plus nesting weeks
-- (3 vs 5 weeks), and cross-skilling a cohort of voice agents to chat from a date. Null keeps today's centre.
alter table capacity_scenario
    add column home_share_percent numeric(4, 1) check (home_share_percent between 0 and 100),
    add column onboarding_weeks   integer       check (onboarding_weeks between 1 and 52),
    add column cross_skill_agents integer       check (cross_skill_agents between 1 and 10000),
    add column cross_skill_from   date          check (extract(isodow from cross_skill_from) = 1),
    add constraint capacity_scenario_cross_skill_complete
        check ((cross_skill_agents is null) = (cross_skill_from is null));

-- Each class's effect on the gap (item 2): the scenario's queue-weeks below goal and shortfall in FTE-weeks when the
-- plan is computed without that class, beside the scenario's own figures with it.
alter table capacity_class
    add column weeks_below_without    integer,
    add column shortfall_without      double precision;
