-- An undo stores the content of an earlier revision as a new one; `reverts` names the revision it undid,
-- so that a second undo goes one step further back instead of undoing the undo.
alter table declaration_revision add column reverts int;
