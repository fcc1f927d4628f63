-- Training (issue 15, item 5-6): the off-phone hours a site or a team may spend on training in a month, set by HR and
-- read against the hours its agents' enrolments take off the phones that month.
create table training_budget (
    id          bigint generated always as identity primary key,
    site_id     bigint        references site (id) on delete cascade,
    team_id     bigint        references team (id) on delete cascade,
    -- the first day of the month the budget is for
    month       date          not null check (extract(day from month) = 1),
    hours       numeric(7, 1) not null check (hours >= 0 and hours <= 100000),
    updated_by  text          not null,
    updated_at  timestamptz   not null default now(),
    -- a budget is for a site or for a team, never both
    constraint training_budget_one_scope check ((site_id is null) <> (team_id is null))
);
create unique index training_budget_site_month on training_budget (site_id, month) where site_id is not null;
create unique index training_budget_team_month on training_budget (team_id, month) where team_id is not null;
