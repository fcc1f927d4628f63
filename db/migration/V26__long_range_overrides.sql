-- A planner's overrides of a queue's long-range forecast (issue 17, item 3): from a day (and up to a day, inclusive,
-- or open-ended) the volume or the AHT of the forecast is scaled by a percentage, for a stated reason, e.g. a new
-- product launch +15 % from March. They belong to the queue, not to a saved forecast, so every long-range forecast
-- of the queue shows them, whichever history it is made from.
create table long_range_override (
    id          bigint        generated always as identity primary key,
    queue_id    bigint        not null references queue (id) on delete cascade,
    applies_from date         not null,
    applies_to  date,
    measure     text          not null check (measure in ('VOLUME', 'AHT')),
    percent     numeric(7, 2) not null check (percent > -100 and percent <= 1000),
    reason      text          not null check (length(btrim(reason)) > 0),
    created_by  text          not null,
    created_at  timestamptz   not null default now(),
    updated_by  text,
    updated_at  timestamptz,
    check (applies_to is null or applies_to >= applies_from)
);

create index long_range_override_queue on long_range_override (queue_id, applies_from);
