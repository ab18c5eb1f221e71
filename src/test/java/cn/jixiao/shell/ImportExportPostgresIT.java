package cn.jixiao.shell;

import cn.jixiao.testsupport.Postgres;

import java.nio.file.Path;

/** {@link ImportExportIT}'s steps against a real PostgreSQL server ({@code JIXIAO_DB} set to its URL). */
class ImportExportPostgresIT extends ImportExportIT {
    @Override
    String database(Path home) {
        return Postgres.newDatabase();
    }
}
