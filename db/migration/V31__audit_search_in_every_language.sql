-- The audit trail's text filter finds a change by the words its reader sees: an event written as a phrase keeps its
-- reading in every language of the UI here (English first), so "Ofis koltukları" finds what "Office seats" finds.
-- Events written before keep their English details as their only reading.
alter table audit_event add column search_text text;
update audit_event set search_text = details;
alter table audit_event alter column search_text set not null;
