package cn.jixiao.bench;

import cn.jixiao.declaration.DeclarationRepository;
import cn.jixiao.declaration.model.Declaration;
import cn.jixiao.indicator.model.Framework;
import cn.jixiao.store.Database;
import cn.jixiao.store.SharedDatabase;
import cn.jixiao.store.StoreConfig;
import cn.jixiao.testsupport.OneShotProcess;
import cn.jixiao.testsupport.Postgres;
import cn.jixiao.testsupport.TempDirs;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Team benchmark (not a test; run with {@code src/bench/team.sh [seconds] [processes]}): on one PostgreSQL server
 * the benchmark starts itself, P jixiao processes (the real jar, each a {@code script -} fed edits as fast as it
 * takes them) edit for S seconds, first each its own declaration, then all the same one. Prints edits/s, stale
 * refusals, and lost updates — a confirmed edit whose value no stored revision holds (must be 0).
 */
public final class TeamBench {
    private static final Pattern VALUE = Pattern.compile("〔(p\\d+-\\d+)〕");

    private TeamBench() {
    }

    public static void main(String[] args) throws Exception {
        int seconds = args.length > 0 ? Integer.parseInt(args[0]) : 30;
        int processes = args.length > 1 ? Integer.parseInt(args[1]) : 8;
        ((ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME))
                .setLevel(ch.qos.logback.classic.Level.ERROR);
        Path home = TempDirs.deletedAtExit(Files.createTempDirectory("jixiao-team-bench"));
        String url = Postgres.newDatabase();
        SingleConnectionDataSource ds = StoreConfig.dataSource(SharedDatabase.of(url, home, Map.of()));
        DeclarationRepository repo = new DeclarationRepository(new Database(ds));
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < processes; i++) {
            ids.add(repo.create(Declaration.create("并发项目" + i, 2026, "南通市医疗保障局", Framework.JIANGSU), "新建").id());
        }
        System.out.printf("PostgreSQL (embedded, loopback); %d processes × %d s; nproc %d%n", processes, seconds,
                Runtime.getRuntime().availableProcessors());
        run("each its own declaration", url, home, ids, seconds, repo);
        run("all on one declaration", url, home, java.util.Collections.nCopies(processes, ids.get(0)), seconds, repo);
        ds.destroy();
    }

    private static void run(String what, String url, Path home, List<Long> targets, int seconds,
                            DeclarationRepository repo) throws Exception {
        Set<Long> distinct = new HashSet<>(targets);
        Map<Long, Integer> before = new java.util.HashMap<>();
        distinct.forEach(id -> before.put(id, repo.revisions(id).size()));
        List<Process> procs = new ArrayList<>();
        List<Thread> threads = new ArrayList<>();
        Set<String> confirmed = java.util.concurrent.ConcurrentHashMap.newKeySet();
        AtomicInteger sent = new AtomicInteger();
        AtomicInteger refused = new AtomicInteger();
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        for (int p = 0; p < targets.size(); p++) {
            ProcessBuilder pb = new ProcessBuilder(java(), "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
                    "-Dspring.aot.enabled=true", "-jar", OneShotProcess.jar().toString(), "script", "-", "--keep-going");
            pb.environment().put("JIXIAO_HOME", home.toString());
            pb.environment().put("JIXIAO_DB", url);
            pb.environment().put("JIXIAO_USER", "p" + p);
            Process proc = pb.start();
            procs.add(proc);
            int who = p;
            long id = targets.get(p);
            threads.add(started(() -> feed(proc, who, id, end, sent)));
            threads.add(started(() -> collect(proc.getInputStream(), line -> {
                Matcher m = VALUE.matcher(line);
                if (m.find()) {
                    confirmed.add(m.group(1));
                }
            })));
            threads.add(started(() -> collect(proc.getErrorStream(), line -> refused.incrementAndGet())));
        }
        for (Process proc : procs) {
            proc.waitFor();
        }
        for (Thread t : threads) {
            t.join();
        }
        Set<String> stored = new HashSet<>();
        int revisions = 0;
        for (long id : distinct) {
            revisions += repo.revisions(id).size() - before.get(id);
            for (int r = before.get(id) + 1; r <= repo.revisions(id).size(); r++) {
                Matcher m = VALUE.matcher(repo.findRevision(id, r).orElseThrow().header().contact());
                if (m.find()) {
                    stored.add(m.group(1));
                }
            }
        }
        Set<String> lost = new HashSet<>(confirmed);
        lost.removeAll(stored);
        System.out.printf("%-26s %6.1f edits/s stored (%d revisions, %d confirmed, %d sent), %d refused as stale,"
                + " %d lost updates%n", what, revisions / (double) seconds, revisions, confirmed.size(), sent.get(),
                refused.get(), lost.size());
    }

    private static void feed(Process proc, int who, long id, long end, AtomicInteger sent) {
        try (Writer w = new OutputStreamWriter(proc.getOutputStream(), StandardCharsets.UTF_8)) {
            for (int i = 0; System.nanoTime() < end; i++) {
                w.write("header set contact 〔p" + who + "-" + i + "〕 --id " + id + "\n");
                w.flush();
                sent.incrementAndGet();
            }
        } catch (IOException stopped) {
            // the process ended early; what it confirmed is counted
        }
    }

    private static void collect(java.io.InputStream in, java.util.function.Consumer<String> line) {
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String l; (l = r.readLine()) != null; ) {
                line.accept(l);
            }
        } catch (IOException ignored) {
            // the process ended
        }
    }

    private static Thread started(Runnable r) {
        Thread t = new Thread(r);
        t.start();
        return t;
    }

    private static String java() {
        return ProcessHandle.current().info().command().orElse("java");
    }
}
