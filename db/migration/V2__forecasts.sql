-- Forecast versions: every run of the forecasting engine that a planner saved, with the model that was chosen,
-- the scores of every method it compared, the forecast per interval with its prediction intervals, and the
-- planner's adjustments as a separate layer (the model forecast itself is never changed).

create type adjustment_kind as enum ('PERCENT', 'ABSOLUTE');

create table forecast_version (
    id                 bigint generated always as identity primary key,
    queue_id           bigint      not null references queue (id),
    created_at         timestamptz not null default now(),
    created_by         text        not null check (length(btrim(created_by)) > 0),
    grain_minutes      smallint    not null check (grain_minutes in (15, 30, 60)),
    -- local days of the queue's time zone, [horizon_start, horizon_end)
    horizon_start      date        not null,
    horizon_end        date        not null,
    -- the history the model was fitted on
    history_from       timestamptz not null,
    history_to         timestamptz not null,
    history_intervals  integer     not null check (history_intervals > 0),
    method             text        not null check (length(btrim(method)) > 0),
    explanation        text        not null,
    check (horizon_start < horizon_end),
    check (history_from < history_to)
);
create index forecast_version_queue_idx on forecast_version (queue_id, created_at desc);

create table forecast_method_score (
    forecast_version_id  bigint        not null references forecast_version (id) on delete cascade,
    method               text          not null,
    backtest_wape        numeric(9, 4) check (backtest_wape >= 0),
    chosen               boolean       not null,
    detail               text,
    primary key (forecast_version_id, method)
);

create table forecast_interval (
    forecast_version_id  bigint         not null references forecast_version (id) on delete cascade,
    interval_start       timestamptz    not null,
    offered              numeric(12, 3) not null check (offered >= 0),
    aht_seconds          numeric(9, 2)  check (aht_seconds >= 0),
    lower80              numeric(12, 3) not null check (lower80 >= 0),
    upper80              numeric(12, 3) not null,
    lower95              numeric(12, 3) not null check (lower95 >= 0),
    upper95              numeric(12, 3) not null,
    primary key (forecast_version_id, interval_start),
    check (lower95 <= lower80 and lower80 <= upper80 and upper80 <= upper95)
);

create table forecast_adjustment (
    id                   bigint          generated always as identity primary key,
    forecast_version_id  bigint          not null references forecast_version (id) on delete cascade,
    applies_from         timestamptz     not null,
    applies_to           timestamptz     not null,
    kind                 adjustment_kind not null,
    amount               numeric(12, 3)  not null,
    reason               text            not null check (length(btrim(reason)) > 0),
    created_by           text            not null,
    created_at           timestamptz     not null default now(),
    check (applies_from < applies_to),
    check (kind <> 'PERCENT' or amount > -100)
);

-- Planner-entered events (campaign, outage, bill run, ...). A null uplift is learned from past events of the
-- same kind; a null queue means every queue.
create table special_event (
    id              bigint generated always as identity primary key,
    queue_id        bigint references queue (id),
    event_date      date   not null,
    kind            text   not null check (kind ~ '^[A-Z_]{2,30}$'),
    uplift_percent  numeric(7, 2) check (uplift_percent > -100),
    description     text   not null check (length(btrim(description)) > 0),
    unique nulls not distinct (queue_id, event_date, kind)
);
