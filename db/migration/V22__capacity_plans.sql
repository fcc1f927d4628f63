-- The long-range capacity plan (issue 18): a plan is a horizon of weeks from a Monday; its scenarios are what-ifs on
-- the same inputs (attrition, volume, AHT, service goal, occupancy cap, onboarding length, hiring budget), each saved
-- with the weeks, the hiring classes and the figures it was compared on when it was last computed. A fingerprint of
-- the inputs (forecasts, agents, skills, exits, training) taken at that moment tells when it has gone out of date.

create table capacity_plan (
    id                   bigint generated always as identity primary key,
    name                 text        not null unique check (length(btrim(name)) > 0),
    first_week           date        not null check (extract(isodow from first_week) = 1),
    weeks                integer     not null check (weeks between 1 and 78),
    applied_scenario_id  bigint,
    created_by           text        not null,
    created_at           timestamptz not null default now(),
    version              integer     not null default 0
);

create table capacity_scenario (
    id                     bigint generated always as identity primary key,
    plan_id                bigint        not null references capacity_plan (id) on delete cascade,
    name                   text          not null check (length(btrim(name)) > 0),
    is_default             boolean       not null default false,
    attrition_points       numeric(5, 1) not null default 0 check (attrition_points between -50 and 50),
    volume_percent         numeric(5, 1) not null default 0 check (volume_percent > -100 and volume_percent <= 200),
    aht_percent            numeric(5, 1) not null default 0 check (aht_percent > -100 and aht_percent <= 200),
    service_level_percent  numeric(4, 1) check (service_level_percent > 0 and service_level_percent <= 100),
    threshold_seconds      integer       check (threshold_seconds between 1 and 3600),
    occupancy_cap_percent  numeric(4, 1) check (occupancy_cap_percent > 0 and occupancy_cap_percent <= 100),
    classroom_weeks        integer       check (classroom_weeks between 0 and 26),
    hiring_budget          integer       check (hiring_budget >= 0),
    -- what the last computation found; null until computed
    computed_at            timestamptz,
    inputs_fingerprint     text,
    required_fte           double precision,
    peak_required_fte      double precision,
    hires                  integer,
    hire_fte_weeks         double precision,
    weeks_below_goal       integer,
    shortfall_fte_weeks    double precision,
    expected_service_level double precision,
    solver_status          text,
    created_by             text          not null,
    created_at             timestamptz   not null default now(),
    version                integer       not null default 0,
    unique (plan_id, name)
);
create unique index capacity_scenario_one_default on capacity_scenario (plan_id) where is_default;

alter table capacity_plan add constraint capacity_plan_applied_scenario
    foreign key (applied_scenario_id) references capacity_scenario (id) on delete set null;

-- Each queue's weeks of a computed scenario.
create table capacity_scenario_week (
    scenario_id           bigint           not null references capacity_scenario (id) on delete cascade,
    queue_code            text             not null,
    site_code             text,
    week_start            date             not null,
    volume                double precision not null,
    aht_seconds           double precision not null,
    required_fte          double precision not null,
    required_low          double precision not null,
    required_high         double precision not null,
    existing_fte          double precision not null,
    hires_fte             double precision not null,
    training_fte          double precision not null,
    supply_fte            double precision not null,
    supply_low            double precision not null,
    supply_high           double precision not null,
    expected_leavers      double precision not null,
    gap_fte               double precision not null,
    gap_low               double precision not null,
    gap_high              double precision not null,
    expected_service_level double precision not null,
    primary key (scenario_id, queue_code, week_start)
);

-- The hiring classes of a scenario: proposed by the optimiser or entered by the planner.
create table capacity_class (
    id              bigint generated always as identity primary key,
    scenario_id     bigint  not null references capacity_scenario (id) on delete cascade,
    queue_code      text    not null,
    site_code       text    not null,
    start_date      date    not null check (extract(isodow from start_date) = 1),
    size            integer not null check (size between 1 and 500),
    path_code       text    not null,
    classroom_weeks integer not null check (classroom_weeks between 0 and 52),
    nesting_weeks   integer not null check (nesting_weeks between 0 and 26),
    nesting_proficiency numeric(3, 2) not null check (nesting_proficiency > 0 and nesting_proficiency <= 1),
    room_seats      integer not null check (room_seats >= size),
    proposed        boolean not null
);
create index capacity_class_scenario_idx on capacity_class (scenario_id);
