package cn.jixiao.declaration;

import cn.jixiao.store.StoreConfig;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

import java.nio.file.Path;

/** The repository on an H2 file (one person's database). */
class DeclarationRepositoryTest extends DeclarationRepositoryContract {
    @Override
    SingleConnectionDataSource open(Path dir) {
        return new StoreConfig().dataSource(dir.resolve("db/jixiao").toString());
    }
}
