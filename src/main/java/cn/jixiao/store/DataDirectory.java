package cn.jixiao.store;

import cn.jixiao.model.DomainException;
import cn.jixiao.model.IoReason;
import cn.jixiao.model.MessageRef;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * The data directory ({@code JIXIAO_HOME}, default {@code ~/.jixiao}) and the database's directory belong to the
 * user alone: directories 700, files 600. {@link #prepare} runs before anything else in the process (before the
 * log file is opened): it creates the directory, refuses one that is a file or cannot be written, and tightens an
 * existing directory made by an earlier version. On file systems without POSIX permissions nothing is changed.
 */
public final class DataDirectory {
    static final Set<PosixFilePermission> DIRECTORY = PosixFilePermissions.fromString("rwx------");
    static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-------");
    /** Files jixiao writes there that are made beforehand, so that they are private from their first byte. */
    private static final String[] OWN_FILES = {"jixiao.log", "history"};

    private DataDirectory() {
    }

    /** Makes {@code home} usable and private, or throws {@code home.unusable} naming the directory and why. */
    public static void prepare(Path home) {
        Path dir = home.toAbsolutePath().normalize();
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            throw new DomainException("home.unusable", dir, new MessageRef("io.why.not-a-directory"));
        }
        try {
            makePrivateDirectories(dir);
            if (!Files.isWritable(dir)) {
                throw new DomainException("home.unusable", dir, new MessageRef("io.why.denied"));
            }
            tighten(dir);
            for (String name : OWN_FILES) {
                Path f = dir.resolve(name);
                if (!Files.exists(f, LinkOption.NOFOLLOW_LINKS)) {
                    createPrivateFile(f);
                }
            }
        } catch (IOException e) {
            throw new DomainException("home.unusable", dir, IoReason.of(e));
        }
    }

    /** Creates {@code dir} and missing parents as 700 (existing parents are left as they are). */
    public static void makePrivateDirectories(Path dir) throws IOException {
        if (Files.isDirectory(dir)) {
            return;
        }
        Path parent = dir.getParent();
        if (parent != null) {
            makePrivateDirectories(parent);
        }
        try {
            Files.createDirectory(dir, attribute(DIRECTORY));
        } catch (FileAlreadyExistsException e) {
            if (!Files.isDirectory(dir)) {
                throw new java.nio.file.NotDirectoryException(dir.toString());
            }
        }
    }

    /** Creates an empty file readable and writable by its owner only (600). */
    static void createPrivateFile(Path file) throws IOException {
        Files.deleteIfExists(file);
        Files.createFile(file, attribute(FILE));
    }

    /** Sets a file to 600 if it exists (best effort: a file that cannot be changed is left as it is). */
    static void makePrivate(Path file) {
        try {
            if (posix(file) && Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)
                    && !Files.getPosixFilePermissions(file).equals(FILE)) {
                Files.setPosixFilePermissions(file, FILE);
            }
        } catch (IOException | UnsupportedOperationException ignored) {
            // not ours to change (e.g. another owner): leave it
        }
    }

    /**
     * An existing directory that is not yet 700 (made before jixiao kept its files private) is tightened through
     * and through once; a private one only has its top-level files checked.
     */
    private static void tighten(Path dir) throws IOException {
        if (!posix(dir)) {
            return;
        }
        if (!Files.getPosixFilePermissions(dir).equals(DIRECTORY)) {
            Files.walkFileTree(dir, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path d, BasicFileAttributes attrs) throws IOException {
                    Files.setPosixFilePermissions(d, DIRECTORY);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path f, BasicFileAttributes attrs) {
                    if (attrs.isRegularFile()) {
                        makePrivate(f);
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path f, IOException e) {
                    return FileVisitResult.CONTINUE;
                }
            });
            return;
        }
        try (var files = Files.list(dir)) {
            files.forEach(DataDirectory::makePrivate);
        }
    }

    private static boolean posix(Path p) {
        return p.getFileSystem().supportedFileAttributeViews().contains("posix");
    }

    private static FileAttribute<?>[] attribute(Set<PosixFilePermission> perms) {
        return java.nio.file.FileSystems.getDefault().supportedFileAttributeViews().contains("posix")
                ? new FileAttribute<?>[]{PosixFilePermissions.asFileAttribute(perms)}
                : new FileAttribute<?>[0];
    }
}
