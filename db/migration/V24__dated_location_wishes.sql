-- Home and office wishes for one date, not only per weekday (issue 14): an agent who needs to be at home on the
-- plumber's day or in the office for a team day says so for that date. The roster's problem loading decides how a
-- dated location wish reaches the engine (see docs/selfservice-choice.md).
alter table preference_wish drop constraint preference_wish_location_weekday;
