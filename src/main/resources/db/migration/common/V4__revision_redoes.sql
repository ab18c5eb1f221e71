-- A redo stores again the content an undo took back; `redoes` names the revision whose change it re-applies,
-- so that redo after several undos re-applies them in order.
alter table declaration_revision add column redoes int;
