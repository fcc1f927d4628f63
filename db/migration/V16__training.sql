-- Training (issue 15): a catalogue of courses with prerequisites, paths of ordered courses for a purpose, and agents'
-- enrolments with their completions. Completing a course that grants a skill adds or raises the agent's skill and
-- records the gain with its date, the start of the learning curve.

create type training_grant as enum ('SKILL', 'REFRESH', 'NONE');
create type training_delivery as enum ('CLASSROOM', 'VIRTUAL');
create type training_path_purpose as enum ('ONBOARDING', 'CROSS_SKILLING', 'SECOND_LANGUAGE', 'TEAM_LEAD', 'OTHER');
create type enrolment_status as enum ('PLANNED', 'SCHEDULED', 'IN_PROGRESS', 'COMPLETED', 'FAILED', 'EXPIRED');

-- A course: what it grants (a skill at a proficiency; a refresh of a skill the agent holds; nothing beyond the
-- record, e.g. a compliance course), its hours in sessions of a fixed length, where it is given, by whom, and for
-- compliance courses how long a completion stays valid.
create table training_course (
    id                bigint generated always as identity primary key,
    code              text              not null unique check (code ~ '^[A-Z0-9_-]{2,20}$'),
    name              text              not null check (length(btrim(name)) > 0),
    grants            training_grant    not null,
    skill_id          bigint            references skill (id),
    proficiency       numeric(3, 2)     check (proficiency > 0 and proficiency <= 1),
    total_hours       numeric(5, 1)     not null check (total_hours > 0 and total_hours <= 400),
    session_minutes   integer           not null check (session_minutes between 30 and 960 and session_minutes % 15 = 0),
    delivery          training_delivery not null,
    site_id           bigint            references site (id),
    room_seats        integer           check (room_seats > 0),
    trainer_agent_id  bigint            references agent (id),
    trainer_name      text              check (length(btrim(trainer_name)) > 0),
    validity_months   integer           check (validity_months between 1 and 120),
    off_phone_hours   numeric(5, 1)     not null check (off_phone_hours >= 0),
    version           integer           not null default 0,
    constraint training_course_grant_complete check (
        (grants = 'SKILL' and skill_id is not null and proficiency is not null)
        or (grants = 'REFRESH' and skill_id is not null and proficiency is null)
        or (grants = 'NONE' and skill_id is null and proficiency is null)),
    constraint training_course_session_fits check (session_minutes <= total_hours * 60),
    constraint training_course_off_phone_within_hours check (off_phone_hours <= total_hours),
    -- a classroom is a room at a site with seats; a virtual course has neither
    constraint training_course_classroom_complete check (
        (delivery = 'CLASSROOM' and site_id is not null and room_seats is not null)
        or (delivery = 'VIRTUAL' and site_id is null and room_seats is null)),
    constraint training_course_one_trainer check ((trainer_agent_id is null) <> (trainer_name is null))
);

-- course_id needs prerequisite_id completed first. Cycles are refused by the trigger below, naming the cycle.
create table training_prerequisite (
    course_id        bigint not null references training_course (id) on delete cascade,
    prerequisite_id  bigint not null references training_course (id),
    primary key (course_id, prerequisite_id),
    check (course_id <> prerequisite_id)
);

create function training_prerequisite_no_cycle() returns trigger language plpgsql as $$
declare
    cycle text;
begin
    -- one writer of prerequisites at a time, so two edges written together cannot close a cycle unseen
    perform pg_advisory_xact_lock(hashtext('training_prerequisite'));
    -- the new edge closes a cycle when the course is reachable from its new prerequisite
    with recursive reach(node, trail) as (
        select new.prerequisite_id, array[new.course_id, new.prerequisite_id]
        union all
        select p.prerequisite_id, r.trail || p.prerequisite_id
        from reach r join training_prerequisite p on p.course_id = r.node
        where r.node <> new.course_id and not p.prerequisite_id = any (r.trail[2:])
    )
    select string_agg(c.code, ' → ' order by t.ord) into cycle
    from (select trail from reach where node = new.course_id limit 1) r
         cross join lateral unnest(r.trail) with ordinality as t(id, ord)
         join training_course c on c.id = t.id;
    if cycle is not null then
        raise exception 'prerequisites would form a cycle: %', cycle using errcode = '23514',
            constraint = 'training_prerequisite_no_cycle';
    end if;
    return new;
end $$;

create trigger training_prerequisite_no_cycle before insert or update on training_prerequisite
    for each row execute function training_prerequisite_no_cycle();

-- A path: ordered courses for a purpose. Onboarding may end with nesting: weeks on the phones, supervised, at a
-- reduced proficiency.
create table training_path (
    id                   bigint generated always as identity primary key,
    code                 text                  not null unique check (code ~ '^[A-Z0-9_-]{2,20}$'),
    name                 text                  not null check (length(btrim(name)) > 0),
    purpose              training_path_purpose not null,
    nesting_weeks        integer               not null default 0 check (nesting_weeks between 0 and 26),
    nesting_proficiency  numeric(3, 2)         check (nesting_proficiency > 0 and nesting_proficiency < 1),
    version              integer               not null default 0,
    constraint training_path_nesting_complete check ((nesting_weeks = 0) = (nesting_proficiency is null)),
    constraint training_path_nesting_onboarding check (nesting_weeks = 0 or purpose = 'ONBOARDING')
);

create table training_path_course (
    path_id    bigint   not null references training_path (id) on delete cascade,
    position   smallint not null check (position >= 1),
    course_id  bigint   not null references training_course (id),
    primary key (path_id, position),
    unique (path_id, course_id)
);

-- An agent's enrolment on a path; its courses are enrolments of their own pointing here.
create table training_path_enrolment (
    id           bigint generated always as identity primary key,
    agent_id     bigint not null references agent (id) on delete cascade,
    path_id      bigint not null references training_path (id),
    enrolled_on  date   not null,
    due_date     date   not null,
    enrolled_by  text   not null,
    check (due_date >= enrolled_on)
);
create index training_path_enrolment_agent_idx on training_path_enrolment (agent_id);

-- An agent on a course, alone or as part of a path enrolment. A completion (or failure) carries its date and
-- result; a completion of a course with a validity expires validity_months after its date.
create table training_enrolment (
    id                  bigint generated always as identity primary key,
    agent_id            bigint           not null references agent (id) on delete cascade,
    course_id           bigint           not null references training_course (id),
    path_enrolment_id   bigint           references training_path_enrolment (id) on delete cascade,
    enrolled_on         date             not null,
    due_date            date             not null,
    status              enrolment_status not null default 'PLANNED',
    completed_on        date,
    score               numeric(5, 2)    check (score between 0 and 100),
    enrolled_by         text             not null,
    version             integer          not null default 0,
    check (due_date >= enrolled_on),
    constraint training_enrolment_result_dated check (
        (status in ('COMPLETED', 'FAILED', 'EXPIRED')) = (completed_on is not null)),
    constraint training_enrolment_score_with_result check (score is null or completed_on is not null)
);
create index training_enrolment_agent_idx on training_enrolment (agent_id);
create index training_enrolment_course_idx on training_enrolment (course_id);
-- one open enrolment per agent and course; completed, failed and expired ones stay as history
create unique index training_enrolment_one_open on training_enrolment (agent_id, course_id)
    where status in ('PLANNED', 'SCHEDULED', 'IN_PROGRESS');

-- Nobody completes a course on or after the day they left (exit_date is the first day no longer employed).
create function training_enrolment_within_employment() returns trigger language plpgsql as $$
declare
    left_on date;
    number  text;
begin
    select exit_date, employee_number into left_on, number from agent where id = new.agent_id;
    if left_on is not null and new.completed_on is not null and new.completed_on >= left_on then
        raise exception 'agent % left on %; a result on % is after the exit', number, left_on, new.completed_on
            using errcode = '23514', constraint = 'training_enrolment_within_employment';
    end if;
    return new;
end $$;

create trigger training_enrolment_within_employment before insert or update on training_enrolment
    for each row execute function training_enrolment_within_employment();

-- Each skill a completion added or raised, with the day: where the learning curve of that skill starts.
create table agent_skill_gain (
    id                  bigint generated always as identity primary key,
    agent_id            bigint        not null references agent (id) on delete cascade,
    skill_id            bigint        not null references skill (id),
    gained_on           date          not null,
    proficiency_before  numeric(3, 2) check (proficiency_before > 0 and proficiency_before <= 1),
    proficiency_after   numeric(3, 2) not null check (proficiency_after > 0 and proficiency_after <= 1),
    enrolment_id        bigint        references training_enrolment (id) on delete set null
);
create index agent_skill_gain_agent_idx on agent_skill_gain (agent_id, skill_id, gained_on);

alter table import_upload drop constraint import_upload_kind_check;
alter table import_upload add constraint import_upload_kind_check
    check (kind in ('CONTRACTS', 'SHIFT_TEMPLATES', 'AGENTS', 'HISTORY', 'AGENT_KPIS', 'QUEUE_SERVICE',
                    'TRAINING_COMPLETIONS'));
