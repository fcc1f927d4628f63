-- Home and office wishes for one date, not only per weekday (issue 14): an agent who needs to be at home on the
-- plumber's day or in the office for a team day says so for that date. The roster's problem loading decides how a
-- dated location wish reaches the engine (see docs/selfservice-choice.md).
alter table preference_wish drop constraint preference_wish_location_weekday;

-- A notification's key may hold an underscore, as the bundle keys named after an enum literal do
-- (selfservice.swaps.notify.pending_planner): the check refused that notification, and with it the accepted swap that
-- would have gone to the planner.
alter table notification drop constraint notification_message_key_check;
alter table notification add constraint notification_message_key_check
    check (message_key ~ '^[a-z0-9_]+([.-][a-z0-9_]+)+$');
