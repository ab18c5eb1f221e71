-- Self-evaluation (绩效自评): at most one per declaration, for the declaration's year. executed is the 全年执行数
-- (万元) the 预算执行率 line divides by the 全年预算数; stated_grade the grade the report states (checked by
-- eval-grade); share_* the share of the weight (%) a qualitative row earns when achieved / partly / not.
create table evaluation (
    declaration_id bigint        primary key references declaration (id) on delete cascade,
    budget_year    int           not null,
    executed       decimal(20, 4),
    stated_grade   varchar(10),
    share_full     decimal(7, 2) not null default 100,
    share_partial  decimal(7, 2) not null default 80,
    share_none     decimal(7, 2) not null default 0,
    created_at     timestamp     not null,
    updated_at     timestamp     not null
);

-- One row per indicator the user entered something for, keyed by its 一级/二级/三级 path ('全年预算执行率' for
-- the execution line): the actual value as typed (完成情况), a qualitative achievement (full/partial/none), a weight
-- replacing the default, a score set by hand, and the reason (偏差原因, or why the score was set by hand).
create table evaluation_row (
    declaration_id bigint         not null references evaluation (declaration_id) on delete cascade,
    path           varchar(3000)  not null,
    position       int            not null,
    actual         varchar(2000)  not null default '',
    achievement    varchar(10),
    weight         decimal(9, 2),
    score          decimal(9, 2),
    reason         varchar(4000)  not null default '',
    primary key (declaration_id, path)
);
