package cn.jixiao.store;

import cn.jixiao.model.DomainException;
import cn.jixiao.shell.HeldResource;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;

/**
 * The one connection of this process, opened when a command first needs it and closed again when the command ends
 * ({@link #release}), so that the database file is locked only while a command runs: no TCP server, no port.
 * Another jixiao process that holds the file makes {@link #getConnection} wait and retry for up to
 * {@link #WAIT_MILLIS}; then the command is refused with {@code store.busy}. A file that H2 cannot read as a
 * database, or one whose password is not jixiao's, is refused with {@code store.not-jixiao}.
 *
 * <p>Taking turns is fair: a process that has to wait leaves a marker file next to the database
 * ({@code jixiao.waiting-<pid>}) until it gets in, and a process about to open the database gives way to the
 * live waiters of others for up to {@link #GIVE_WAY_MILLIS}. Without it a script (which lets go after every line
 * and takes the file again at once) kept one-shot commands out until they gave up.
 */
public class StoreDataSource extends SingleConnectionDataSource implements HeldResource {
    /** How long a command waits for another jixiao process to let go of the database file. */
    public static final long WAIT_MILLIS = 10_000;
    /** How long an opening process lets other processes that are already waiting go first. */
    static final long GIVE_WAY_MILLIS = 1_000;
    private static final String WAITING = ".waiting-";

    // H2 error codes
    private static final int DATABASE_ALREADY_OPEN = 90020;
    private static final int IO_EXCEPTION = 90028;
    private static final int FILE_CORRUPTED = 90030;
    private static final int FILE_VERSION_ERROR = 90048;
    private static final int WRONG_USER_OR_PASSWORD = 28000;

    private final String shownPath;
    private final Optional<Path> base;
    private StoreKey key;

    /**
     * @param url  the JDBC URL
     * @param file the database file as shown in messages
     * @param base with a path (without extension), a jixiao file database: released after each command and
     *             protected by the password in its {@link StoreKey} file, read (or made) when first opened
     */
    StoreDataSource(String url, String file, Optional<Path> base) {
        super(url, "sa", "", true);
        this.shownPath = file;
        this.base = base;
        setAutoCommit(true);
    }

    /** A shared PostgreSQL server: logged in as {@code shared} says, kept open, no key file. */
    static StoreDataSource shared(SharedDatabase shared) {
        StoreDataSource ds = new StoreDataSource(shared.url(), SharedDatabase.location(shared.url()), Optional.empty());
        ds.setUsername(shared.user().orElse(null));
        ds.setPassword(shared.password().orElse(null));
        if (!shared.url().contains("reWriteBatchedInserts")) {
            // the driver sends a batch of inserts as multi-row inserts: an import's rows in a few round trips
            java.util.Properties p = new java.util.Properties();
            p.setProperty("reWriteBatchedInserts", "true");
            ds.setConnectionProperties(p);
        }
        return ds;
    }

    /** The database file as shown in messages. */
    public String shownPath() {
        return shownPath;
    }

    @Override
    public Connection getConnection() throws SQLException {
        try {
            return super.getConnection();
        } catch (SQLException closed) { // closed by a failure: open a new one
            resetConnection();
            return super.getConnection();
        }
    }

    /** Closes the connection (unlocking the file) unless a transaction is using it; the next use reopens it. */
    @Override
    public void release() {
        if (base.isPresent() && TransactionSynchronizationManager.getResource(this) == null) {
            resetConnection();
        }
    }

    @Override
    protected Connection getConnectionFromDriver(String username, String ignored) throws SQLException {
        if (base.isPresent() && key == null) {
            key = StoreKey.forDatabase(base.get());
        }
        String password = key == null ? getPassword() : key.password();
        giveWay();
        long deadline = System.currentTimeMillis() + WAIT_MILLIS;
        long pause = 10;
        Optional<Path> waiting = Optional.empty();
        try {
            while (true) {
                try {
                    return open(username, password);
                } catch (SQLException e) {
                    if (e.getErrorCode() != DATABASE_ALREADY_OPEN) {
                        throw e;
                    }
                    if (waiting.isEmpty()) {
                        waiting = markWaiting();
                    }
                    if (System.currentTimeMillis() + pause > deadline) {
                        throw new DomainException("store.busy", shownPath, WAIT_MILLIS / 1000);
                    }
                    sleep(pause);
                    pause = Math.min(50, pause * 2);
                }
            }
        } catch (SQLException e) {
            int code = e.getErrorCode();
            if (code == FILE_CORRUPTED || code == FILE_VERSION_ERROR || code == IO_EXCEPTION
                    || code == WRONG_USER_OR_PASSWORD) {
                throw new DomainException("store.not-jixiao", shownPath);
            }
            throw e;
        } finally {
            waiting.ifPresent(StoreDataSource::deleteQuietly);
        }
    }

    /** Waits (up to {@link #GIVE_WAY_MILLIS}) while live processes other than this one wait for the file. */
    private void giveWay() {
        if (base.isEmpty()) {
            return;
        }
        long until = System.currentTimeMillis() + GIVE_WAY_MILLIS;
        while (System.currentTimeMillis() < until && othersWaiting()) {
            sleep(10);
        }
    }

    private boolean othersWaiting() {
        Path dir = base.get().toAbsolutePath().getParent();
        String prefix = base.get().getFileName() + WAITING;
        long self = ProcessHandle.current().pid();
        try (var files = java.nio.file.Files.list(dir)) {
            return files.map(f -> f.getFileName().toString()).filter(n -> n.startsWith(prefix))
                    .map(n -> n.substring(prefix.length())).filter(n -> n.matches("\\d{1,19}"))
                    .mapToLong(Long::parseLong).filter(pid -> pid != self)
                    .anyMatch(pid -> ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false));
        } catch (java.io.IOException | RuntimeException e) {
            return false; // no folder yet, or it cannot be listed: nobody to give way to
        }
    }

    /** The marker saying this process waits for the file (none for a server database, or when it can't be made). */
    private Optional<Path> markWaiting() {
        if (base.isEmpty()) {
            return Optional.empty();
        }
        Path marker = base.get().resolveSibling(base.get().getFileName() + WAITING + ProcessHandle.current().pid());
        try {
            java.nio.file.Files.deleteIfExists(marker);
            try {
                java.nio.file.Files.createFile(marker, java.nio.file.attribute.PosixFilePermissions.asFileAttribute(
                        java.nio.file.attribute.PosixFilePermissions.fromString("rw-------")));
            } catch (UnsupportedOperationException notPosix) {
                java.nio.file.Files.createFile(marker);
            }
            return Optional.of(marker);
        } catch (java.io.IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            java.nio.file.Files.deleteIfExists(file);
        } catch (java.io.IOException ignored) {
            // a marker left behind names a process that has ended: it is ignored
        }
    }

    /** Opens with the key; a database made before keys existed (user sa, empty password) is given the key. */
    private Connection open(String username, String password) throws SQLException {
        try {
            return super.getConnectionFromDriver(username, password);
        } catch (SQLException e) {
            if (e.getErrorCode() != WRONG_USER_OR_PASSWORD || key == null) {
                throw e;
            }
            Connection c = super.getConnectionFromDriver(username, "");
            try (var st = c.prepareStatement("alter user sa set password ?")) {
                st.setString(1, password);
                st.execute();
            } catch (SQLException failed) {
                c.close();
                throw failed;
            }
            return c;
        }
    }

    @Override
    protected void prepareConnection(Connection con) throws SQLException {
        super.prepareConnection(con);
        if (key != null) {
            key.tightenDatabaseFiles();
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DomainException("store.busy-interrupted");
        }
    }
}
