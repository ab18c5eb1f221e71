package cn.jixiao.declaration;

import cn.jixiao.store.SharedDatabase;
import cn.jixiao.store.StoreConfig;
import cn.jixiao.testsupport.Postgres;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

import java.nio.file.Path;
import java.util.Map;

/** The repository on a PostgreSQL server (a department's shared database): the same tests, the same migrations. */
class DeclarationRepositoryPostgresTest extends DeclarationRepositoryContract {
    @Override
    SingleConnectionDataSource open(Path dir) {
        return StoreConfig.dataSource(SharedDatabase.of(Postgres.newDatabase(), dir, Map.of()));
    }
}
