-- Staffing requirements computed from a saved forecast version: agents needed per interval, before and after
-- shrinkage, with the service they give and the formula that produced them.

-- Shrinkage in percent of paid time, planned (breaks, lunch, training, meetings, coaching) and unplanned
-- (absence). A null queue or weekday is the default for all; the most specific row wins.
create table shrinkage (
    id                  bigint generated always as identity primary key,
    queue_id            bigint references queue (id),
    weekday             smallint check (weekday between 1 and 7),
    planned_percent     numeric(5, 2) not null check (planned_percent >= 0),
    unplanned_percent   numeric(5, 2) not null check (unplanned_percent >= 0),
    check (planned_percent + unplanned_percent < 100),
    unique nulls not distinct (queue_id, weekday)
);

create table requirement_version (
    id                     bigint generated always as identity primary key,
    forecast_version_id    bigint        not null references forecast_version (id) on delete cascade,
    created_at             timestamptz   not null default now(),
    created_by             text          not null,
    model                  text          not null,
    -- the goal and limits used, copied so a later change of the queue's goal does not rewrite history
    sl_target_percent      numeric(5, 2),
    sl_threshold_seconds   integer,
    response_goal_hours    numeric(6, 2),
    max_occupancy_percent  numeric(5, 2) not null check (max_occupancy_percent > 0 and max_occupancy_percent <= 100),
    patience_seconds       numeric(8, 2) check (patience_seconds > 0),
    uses_adjusted_forecast boolean       not null
);
create index requirement_version_forecast_idx on requirement_version (forecast_version_id, created_at desc);

create table requirement_interval (
    requirement_version_id  bigint         not null references requirement_version (id) on delete cascade,
    interval_start          timestamptz    not null,
    offered                 numeric(12, 3) not null check (offered >= 0),
    aht_seconds             numeric(9, 2)  check (aht_seconds >= 0),
    required_agents         integer        not null check (required_agents >= 0),
    shrinkage_percent       numeric(5, 2)  not null check (shrinkage_percent >= 0 and shrinkage_percent < 100),
    scheduled_agents        numeric(9, 1)  not null check (scheduled_agents >= 0),
    service_level_percent   numeric(6, 2),
    asa_seconds             numeric(10, 2),
    occupancy_percent       numeric(6, 2),
    abandon_percent         numeric(6, 2),
    explanation             text           not null,
    primary key (requirement_version_id, interval_start)
);
