package cn.jixiao.shell;

import cn.jixiao.testsupport.Postgres;

import java.nio.file.Path;

/** {@link OneShotIT}'s steps against a real PostgreSQL server ({@code JIXIAO_DB} set to its URL), one JVM per command. */
class OneShotPostgresIT extends OneShotIT {
    @Override
    String database(Path home) {
        return Postgres.newDatabase();
    }
}
