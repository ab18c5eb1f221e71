-- Who saved each revision: jixiao.user if set, else the database user on a shared PostgreSQL, else the OS user.
-- declaration.updated_by repeats the newest revision's author, so that `list` shows and filters it cheaply.
alter table declaration_revision add column author varchar(200) not null default '';
alter table declaration add column updated_by varchar(200) not null default '';
-- On a shared database a setting is one person's: its name carries "@author".
alter table setting alter column name set data type varchar(300);
-- Who published each template version (shown by `template list` beside its source).
alter table template_version add column author varchar(200) not null default '';
