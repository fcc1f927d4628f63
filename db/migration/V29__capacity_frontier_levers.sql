-- The speed–quality frontier's levers a scenario carries besides the classroom length (issue 18, item 4): the
-- onboarding path's nesting length and the hours a week every agent spends off the phones being coached or trained.
-- Null keeps the path's nesting and sets no time aside, as before.
alter table capacity_scenario
    add column nesting_weeks          integer       check (nesting_weeks between 0 and 26),
    add column coaching_hours_per_week numeric(4, 1) check (coaching_hours_per_week between 0 and 20);
