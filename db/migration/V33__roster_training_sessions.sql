-- Training sessions placed into a roster by the solver (issue 15): each session of a course a cohort sits together,
-- when and where, and who attends it on which enrolment. Each person's session is also a TRAINING activity inside
-- their shift, so the agent's schedule and calendar show it like a break or lunch.

create table roster_training_session (
    id                 bigint generated always as identity primary key,
    roster_version_id  bigint      not null references roster_version (id) on delete cascade,
    -- the engine's id of the session (course, cohort and number), stable from one load of the period to the next
    session_key        text        not null,
    course_id          bigint      not null references training_course (id),
    session_number     integer     not null check (session_number >= 1),
    session_count      integer     not null check (session_count >= 1),
    work_date          date        not null,
    starts_at          timestamptz not null,
    minutes            integer     not null check (minutes > 0),
    -- the classroom's site; null for a virtual session
    site_id            bigint      references site (id),
    trainer_agent_id   bigint      references agent (id),
    trainer_name       text        not null check (length(btrim(trainer_name)) > 0),
    unique (roster_version_id, session_key),
    check (session_number <= session_count)
);
create index roster_training_session_period_idx on roster_training_session (starts_at);
create index roster_training_session_course_idx on roster_training_session (course_id);

create table roster_training_attendee (
    session_id    bigint not null references roster_training_session (id) on delete cascade,
    agent_id      bigint not null references agent (id),
    enrolment_id  bigint not null references training_enrolment (id) on delete cascade,
    primary key (session_id, agent_id)
);
create index roster_training_attendee_enrolment_idx on roster_training_attendee (enrolment_id);
create index roster_training_attendee_agent_idx on roster_training_attendee (agent_id);

-- A session is an activity of the shift like a break; a break the break planner placed inside the session's time
-- stays (trainers give breaks too, and the score counted it), so two activities may start at the same minute and the
-- kind joins the key.
alter table roster_activity drop constraint roster_activity_kind_check;
alter table roster_activity add constraint roster_activity_kind_check check (kind in ('BREAK', 'LUNCH', 'TRAINING'));
alter table roster_activity add column training_session_id bigint
    references roster_training_session (id) on delete cascade;
alter table roster_activity add constraint roster_activity_training_session
    check ((kind = 'TRAINING') = (training_session_id is not null));
alter table roster_activity drop constraint roster_activity_pkey;
alter table roster_activity add primary key (roster_version_id, agent_id, starts_at, kind);
