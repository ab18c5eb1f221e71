-- One row per declaration: what `list` shows, and the number of its newest revision.
create table declaration (
    id              bigint auto_increment primary key,
    name            varchar(1000) not null,
    budget_year     int           not null,
    department      varchar(1000) not null default '',
    total_funds     decimal(20, 4),
    indicator_count int           not null default 0,
    revision        int           not null,
    created_at      timestamp     not null,
    updated_at      timestamp     not null
);
create index declaration_year on declaration (budget_year);
create index declaration_name on declaration (name);

-- Every save is a new revision; all are kept. body is the declaration as JSON (schema jixiao.declaration/1).
create table declaration_revision (
    declaration_id bigint        not null references declaration (id) on delete cascade,
    revision       int           not null,
    saved_at       timestamp     not null,
    summary        varchar(2000) not null default '',
    body           clob          not null,
    primary key (declaration_id, revision)
);

-- Small per-database settings, e.g. the declaration one-shot commands edit (`open` sets it).
create table setting (
    name  varchar(100)  primary key,
    setting_value varchar(1000) not null
);
