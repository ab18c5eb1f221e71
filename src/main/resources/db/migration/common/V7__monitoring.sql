-- Mid-year monitoring (绩效运行监控): at most one record per declaration, every change a new revision (all kept);
-- the newest revision is the record. as_of is the date the actuals are as of (default 30 June of the budget year);
-- executed_total the 1-6月执行数 (万元) when only the total is known; summary says what the revision changed.
create table monitoring_revision (
    declaration_id bigint         not null references declaration (id) on delete cascade,
    revision       int            not null,
    as_of          date           not null,
    executed_total decimal(20, 4),
    summary        varchar(2000)  not null default '',
    saved_at       timestamp      not null,
    primary key (declaration_id, revision)
);

-- The 1-6月执行数 of each 支出 line, keyed by the line's name, per revision.
create table monitoring_execution (
    declaration_id bigint         not null,
    revision       int            not null,
    position       int            not null,
    line           varchar(1000)  not null,
    executed       decimal(20, 4) not null,
    primary key (declaration_id, revision, position),
    foreign key (declaration_id, revision) references monitoring_revision (declaration_id, revision) on delete cascade
);

-- One row per 三级 indicator the officer recorded something for, keyed by its 一级/二级/三级 path, per revision:
-- the actual value by the as-of date, the expected year-end value, 完成目标可能性 (确定能/有可能/不可能),
-- 偏差原因 and 纠偏措施.
create table monitoring_row (
    declaration_id bigint         not null,
    revision       int            not null,
    position       int            not null,
    path           varchar(3000)  not null,
    actual         varchar(2000)  not null default '',
    expected       varchar(2000)  not null default '',
    likelihood     varchar(10),
    reason         varchar(4000)  not null default '',
    measure        varchar(4000)  not null default '',
    primary key (declaration_id, revision, position),
    foreign key (declaration_id, revision) references monitoring_revision (declaration_id, revision) on delete cascade
);
