-- monitor undo stores the content of an earlier monitoring revision as a new one; `reverts` names the revision it
-- undid, so that a second undo goes one step further back instead of undoing the undo (as declaration_revision).
alter table monitoring_revision add column reverts int;
