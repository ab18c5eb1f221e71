-- The template catalogue: every version of every framework and indicator set is kept. body is the YAML text
-- (as shipped in templates/, imported, or written by `template save`/`harvest`); content_hash its SHA-256.
create table template_version (
    template_id     varchar(200)  not null,
    version         int           not null,
    kind            varchar(20)   not null,
    title           varchar(1000) not null,
    indicator_count int           not null default 0,
    source          varchar(1000) not null default '',
    content_hash    varchar(64)   not null,
    body            text          not null,
    created_at      timestamp     not null,
    primary key (template_id, version)
);
