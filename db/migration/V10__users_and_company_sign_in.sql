-- Users and company sign-in (issue 20): an ADMIN role that manages logins, demo logins marked so the app refuses
-- them without the demo profile, logins without a local password (company sign-in only), and the columns that
-- link a login to the company's identity provider (OpenID Connect subject, e-mail).

-- ADMIN manages users; it is not used in this migration (a new enum value cannot be used in its own transaction).
alter type app_role add value if not exists 'ADMIN';

alter table app_user
    -- written by the demo seeder only; a demo login signs in only while the demo profile is active
    add column demo                     boolean     not null default false,
    -- the sign-in e-mail (lower case); finds the login on a company sign-in that has no subject linked yet
    add column email                    text        unique check (email is null or (email ~ '^[^@\s]+@[^@\s]+$' and email = lower(email))),
    -- the identity provider's stable "sub" claim, linked at the first company sign-in
    add column oidc_subject             text        unique check (oidc_subject is null or length(oidc_subject) between 1 and 255),
    -- a one-time password set by an admin: the user must choose their own at the next sign-in
    add column password_change_required boolean     not null default false,
    add column created_at               timestamptz not null default now(),
    add column last_sign_in_at          timestamptz,
    -- a login may have no local password (company sign-in only, or local passwords turned off)
    alter column password_hash drop not null;

alter table app_user drop constraint app_user_password_hash_check;
alter table app_user add constraint app_user_password_hash_check
    check (password_hash is null or password_hash like '{bcrypt}%');
alter table app_user add constraint app_user_one_time_password_needs_password
    check (not password_change_required or password_hash is not null);

-- One login per agent, except that the demo gives its three named agents a second, employee-number login
-- (e00004 next to agent.ist), so that every demo agent can sign in with their employee number.
alter table app_user drop constraint app_user_agent_id_key;
create unique index app_user_agent_once on app_user (agent_id) where not demo;
create index app_user_agent_idx on app_user (agent_id);
