package cn.jixiao.declaration;

import cn.jixiao.declaration.model.Declaration;
import cn.jixiao.declaration.model.FundingSource;
import cn.jixiao.declaration.model.HeaderField;
import cn.jixiao.indicator.model.Framework;
import cn.jixiao.model.DomainException;
import cn.jixiao.store.Database;
import cn.jixiao.store.SettingRepository;
import cn.jixiao.store.StaleRevisionException;
import cn.jixiao.store.StoreConfig;
import cn.jixiao.testsupport.SampleForm;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * The repository against a real database migrated by Flyway, wired by hand (no Spring context): an H2 file
 * ({@link DeclarationRepositoryTest}) and a PostgreSQL server ({@link DeclarationRepositoryPostgresTest}).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class DeclarationRepositoryContract {
    @TempDir
    static Path dir;

    private SingleConnectionDataSource dataSource;
    private Database database;
    private DeclarationRepository repository;

    /** The database under test, empty. */
    abstract SingleConnectionDataSource open(Path dir);

    @BeforeAll
    void openDatabase() {
        dataSource = open(dir);
        database = new Database(dataSource);
        repository = new DeclarationRepository(database);
    }

    @AfterAll
    void closeDatabase() {
        dataSource.destroy();
    }

    private static Declaration sample(String name, int year) {
        Declaration d = SampleForm.load(SampleForm.YIBAO_ZULIN).toDeclaration();
        return HeaderField.YEAR.set(HeaderField.NAME.set(d, name), String.valueOf(year));
    }

    @Test
    void jdbcUrlIsAnH2FileUnlessAUrlIsGiven() {
        assertThat(StoreConfig.jdbcUrl(dir.resolve("x/jixiao.mv.db").toString()))
                .isEqualTo("jdbc:h2:file:" + dir.resolve("x/jixiao").toAbsolutePath() + ";FILE_LOCK=FS;TRACE_LEVEL_FILE=0;MAX_COMPACT_TIME=0");
        assertThat(StoreConfig.jdbcUrl(" jdbc:h2:mem:t ")).isEqualTo("jdbc:h2:mem:t");
    }

    /** An import's batch (on PostgreSQL rewritten into multi-row inserts): ids in order, each form whole. */
    @Test
    void createAllStoresABatchAndGivesEachItsId() {
        List<Declaration> batch = new ArrayList<>();
        for (int i = 0; i < 250; i++) {
            batch.add(sample("批量导入" + i, 2026));
        }
        List<Declaration> stored = repository.createAll(batch, "导入");
        assertThat(stored).hasSize(250);
        assertThat(stored).extracting(Declaration::id).doesNotHaveDuplicates().isSorted();
        for (int i : new int[] {0, 127, 249}) {
            Declaration loaded = repository.load(stored.get(i).id());
            assertThat(loaded.name()).isEqualTo("批量导入" + i);
            assertThat(loaded.revision()).isEqualTo(1);
            assertThat(loaded.tree()).isEqualTo(batch.get(i).tree());
        }
    }

    @Test
    void createStoresRevisionOneAndFindReadsItBack() {
        Declaration d = sample("医保租赁业务专项", 2026);
        Declaration created = repository.create(d, "新建");
        assertThat(created.id()).isPositive();
        assertThat(created.revision()).isEqualTo(1);
        Declaration loaded = repository.load(created.id());
        assertThat(loaded).isEqualTo(created);
        assertThat(loaded.funding().total()).contains(new BigDecimal("30"));
        assertThat(repository.currentRevision(created.id())).contains(1);
        assertThat(repository.revisions(created.id())).singleElement()
                .satisfies(r -> assertThat(r.summary()).isEqualTo("新建"));

        DeclarationSummary s = repository.summary(created.id()).orElseThrow();
        assertThat(s.name()).isEqualTo("医保租赁业务专项");
        assertThat(s.year()).isEqualTo(2026);
        assertThat(s.department()).isEqualTo("南通市医疗保障局");
        assertThat(s.totalFunds()).get().satisfies(t -> assertThat(t).isEqualByComparingTo("30"));
        assertThat(s.indicators()).isEqualTo(d.tree().indicatorCount());
        assertThat(s.revision()).isEqualTo(1);
    }

    @Test
    void everySaveIsANewRevisionAndOldRevisionsStayReadable() {
        Declaration r1 = repository.create(sample("revisions", 2026), "新建");
        Declaration edited = r1.withTree(r1.tree().update("租赁车辆车次", i -> i.withHalf(cn.jixiao.indicator.model.ValueGrammar.parse("≥20辆"))));
        Declaration r2 = repository.save(edited, "修改 租赁车辆车次");
        assertThat(r2.revision()).isEqualTo(2);
        assertThat(r2.id()).isEqualTo(r1.id());

        assertThat(repository.findRevision(r1.id(), 1)).contains(r1);
        assertThat(repository.findRevision(r1.id(), 2)).contains(r2);
        assertThat(repository.findRevision(r1.id(), 3)).isEmpty();
        assertThat(halfOf(repository.findRevision(r1.id(), 1).orElseThrow(), "租赁车辆车次")).isEqualTo("≥18辆");
        assertThat(halfOf(repository.load(r1.id()), "租赁车辆车次")).isEqualTo("≥20辆");
        assertThat(repository.revisions(r1.id())).extracting(RevisionInfo::revision, RevisionInfo::summary)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(1, "新建"),
                        org.assertj.core.groups.Tuple.tuple(2, "修改 租赁车辆车次"));
    }

    @Test
    void aSaveBasedOnAnOldRevisionIsRefusedAndStoresNothing() {
        Declaration r1 = repository.create(sample("stale", 2026), "新建");
        Declaration otherSession = repository.save(r1.withFunding(r1.funding().with(FundingSource.TOTAL,
                Optional.of(new BigDecimal("31")))), "另一会话");
        assertThat(otherSession.revision()).isEqualTo(2);

        Declaration mine = r1.withTree(r1.tree().remove("租赁车辆车次"));
        StaleRevisionException e = catchThrowableOfType(StaleRevisionException.class, () -> repository.save(mine, "我的修改"));
        assertThat(e).isNotNull();
        assertThat(e.key()).isEqualTo("store.stale");
        assertThat(e.args()).containsExactly(r1.id(), 1, 2);

        assertThat(repository.currentRevision(r1.id())).contains(2);
        assertThat(repository.revisions(r1.id())).hasSize(2);
        assertThat(repository.load(r1.id())).isEqualTo(otherSession);
        assertThat(repository.summary(r1.id()).orElseThrow().indicators()).isEqualTo(r1.tree().indicatorCount());
    }

    @Test
    void savingAnUnknownIdIsAnError() {
        Declaration ghost = sample("ghost", 2026).stored(987654, 1);
        DomainException e = catchThrowableOfType(DomainException.class, () -> repository.save(ghost, "x"));
        assertThat(e).isNotInstanceOf(StaleRevisionException.class);
        assertThat(e.key()).isEqualTo("store.unknown-id");
        assertThat(repository.find(987654)).isEmpty();
        assertThat(catchThrowableOfType(DomainException.class, () -> repository.load(987654)).key())
                .isEqualTo("store.unknown-id");
    }

    @Test
    void listByYearAndFindByName() {
        Declaration a = repository.create(sample("年度甲", 2031), "新建");
        Declaration b = repository.create(sample("年度乙", 2032), "新建");
        Declaration c = repository.create(sample("年度甲", 2032), "新建");
        assertThat(repository.list(Optional.of(2031))).extracting(DeclarationSummary::id).containsExactly(a.id());
        assertThat(repository.list(Optional.of(2032))).extracting(DeclarationSummary::id).containsExactly(b.id(), c.id());
        assertThat(repository.list(Optional.of(1999))).isEmpty();
        assertThat(repository.list(Optional.empty())).extracting(DeclarationSummary::id).contains(a.id(), b.id(), c.id());
        // newest year first
        assertThat(repository.findByName("年度甲")).extracting(DeclarationSummary::id).containsExactly(c.id(), a.id());
        assertThat(repository.findByName("年度")).isEmpty();
    }

    @Test
    void listReflectsTheNewestRevision() {
        Declaration r1 = repository.create(Declaration.create("空表", 2033, "", Framework.JIANGSU), "新建");
        DeclarationSummary before = repository.list(Optional.of(2033)).get(0);
        assertThat(before.totalFunds()).isEmpty();
        assertThat(before.indicators()).isZero();
        repository.save(HeaderField.DEPARTMENT.set(r1.withFunding(r1.funding().with(FundingSource.TOTAL,
                Optional.of(new BigDecimal("45.40")))), "南通市医疗保障局"), "改");
        DeclarationSummary after = repository.list(Optional.of(2033)).get(0);
        assertThat(after.totalFunds()).get().satisfies(t -> assertThat(t).isEqualByComparingTo("45.4"));
        assertThat(after.department()).isEqualTo("南通市医疗保障局");
        assertThat(after.revision()).isEqualTo(2);
    }

    @Test
    void deleteRemovesTheDeclarationWithAllItsRevisions() {
        Declaration r1 = repository.create(sample("待删除", 2026), "新建");
        repository.save(r1, "再存一次");
        assertThat(repository.revisions(r1.id())).hasSize(2);
        assertThat(repository.delete(r1.id())).isTrue();
        assertThat(repository.find(r1.id())).isEmpty();
        assertThat(repository.findRevision(r1.id(), 1)).isEmpty();
        assertThat(repository.revisions(r1.id())).isEmpty();
        assertThat(repository.summary(r1.id())).isEmpty();
        assertThat(database.client().sql("select count(*) from declaration_revision where declaration_id = ?")
                .param(r1.id()).query(Integer.class).single()).isZero();
        assertThat(repository.delete(r1.id())).isFalse();
    }

    @Test
    void settingsArePutReplacedAndRemoved() {
        SettingRepository settings = new SettingRepository(database);
        assertThat(settings.get("test-setting")).isEmpty();
        settings.put("test-setting", "1");
        settings.put("test-setting", "2");
        assertThat(settings.get("test-setting")).contains("2");
        settings.remove("test-setting");
        assertThat(settings.get("test-setting")).isEmpty();
    }

    @Test
    void flywayRecordedTheLatestVersionAndASecondStartDoesNotMigrateAgain() {
        repository.list(Optional.empty());
        List<String> versions = database.client()
                .sql("select \"version\" from \"flyway_schema_history\" where \"success\" order by \"installed_rank\"")
                .query(String.class).list();
        assertThat(versions).last().isEqualTo(Database.LATEST_VERSION);
        Database again = new Database(dataSource);
        assertThat(new DeclarationRepository(again).list(Optional.of(1999))).isEmpty();
        assertThat(database.client().sql("select count(*) from \"flyway_schema_history\"").query(Integer.class).single())
                .isEqualTo(versions.size());
    }

    @Test
    void latestVersionConstantMatchesTheNewestMigrationFile() throws IOException {
        Resource[] files = new PathMatchingResourcePatternResolver().getResources("classpath*:db/migration/**/*.sql");
        Pattern name = Pattern.compile("V(\\d+(?:[._]\\d+)*)__.+\\.sql");
        List<String> versions = new ArrayList<>();
        for (Resource f : files) {
            Matcher m = name.matcher(f.getFilename());
            if (m.matches()) {
                versions.add(m.group(1).replace('_', '.'));
            }
        }
        assertThat(versions).as("V<n>__*.sql files under db/migration").isNotEmpty();
        String newest = versions.stream().max(DeclarationRepositoryContract::compareVersions).orElseThrow();
        assertThat(Database.LATEST_VERSION).isEqualTo(newest);
    }

    private static int compareVersions(String a, String b) {
        String[] x = a.split("\\.");
        String[] y = b.split("\\.");
        for (int i = 0; i < Math.max(x.length, y.length); i++) {
            int c = Long.compare(i < x.length ? Long.parseLong(x[i]) : 0, i < y.length ? Long.parseLong(y[i]) : 0);
            if (c != 0) {
                return c;
            }
        }
        return 0;
    }

    private static String halfOf(Declaration d, String path) {
        return d.tree().indicator(d.tree().resolve(path).position()).half().text();
    }

}
