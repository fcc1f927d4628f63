-- A named trainer's availability (issue 15): a course names its trainer either as an agent, held by their own shifts,
-- or by name ("Learning team", "Compliance office"). A named trainer may have weekly hours (one window a weekday,
-- local times of the centre as written) and days away; the roster then places their sessions only inside them.
-- A name with no record is available any time. The trainer is keyed by the name as courses write it.

create table training_trainer (
    id       bigint generated always as identity primary key,
    name     text    not null unique check (length(btrim(name)) > 0),
    version  integer not null default 0
);

-- weekday: ISO, 1 = Monday .. 7 = Sunday
create table training_trainer_hours (
    trainer_id  bigint   not null references training_trainer (id) on delete cascade,
    weekday     smallint not null constraint training_trainer_hours_weekday check (weekday between 1 and 7),
    from_time   time     not null,
    to_time     time     not null,
    constraint training_trainer_hours_forward check (from_time < to_time),
    primary key (trainer_id, weekday)
);

create table training_trainer_away (
    trainer_id  bigint not null references training_trainer (id) on delete cascade,
    day         date   not null,
    reason      text   check (length(btrim(reason)) > 0),
    primary key (trainer_id, day)
);
