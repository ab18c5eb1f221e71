package cn.jixiao.store;

import cn.jixiao.model.DomainException;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * The password of one database: 32 random bytes (hex) in {@code <database>.key} next to {@code <database>.mv.db},
 * readable by its owner only (600). Made by the first process that opens the database; published atomically (a
 * hard link of a complete file), so that a process starting at the same moment reads the same key.
 */
record StoreKey(Path base, String password) {

    static StoreKey forDatabase(Path base) {
        Path file = keyFile(base);
        try {
            if (Files.exists(file)) {
                return new StoreKey(base, read(file));
            }
            byte[] bytes = new byte[32];
            new SecureRandom().nextBytes(bytes);
            String password = HexFormat.of().formatHex(bytes);
            Path tmp = file.resolveSibling(file.getFileName() + "." + ProcessHandle.current().pid() + ".tmp");
            DataDirectory.createPrivateFile(tmp);
            Files.writeString(tmp, password, StandardCharsets.US_ASCII);
            try {
                Files.createLink(file, tmp);
            } catch (FileAlreadyExistsException other) {
                password = read(file);
            } catch (UnsupportedOperationException | IOException noLinks) {
                if (Files.exists(file)) {
                    password = read(file);
                } else {
                    Files.move(tmp, file);
                }
            } finally {
                Files.deleteIfExists(tmp);
            }
            return new StoreKey(base, password);
        } catch (IOException e) {
            throw new DomainException("store.key-unusable", file, cn.jixiao.model.IoReason.of(e));
        }
    }

    static Path keyFile(Path base) {
        return base.resolveSibling(base.getFileName() + ".key");
    }

    private static String read(Path file) throws IOException {
        DataDirectory.makePrivate(file);
        String text = Files.readString(file, StandardCharsets.US_ASCII).strip();
        if (text.isEmpty()) {
            throw new DomainException("store.key-unusable", file, new cn.jixiao.model.MessageRef("io.why.other", "empty"));
        }
        return text;
    }

    /** The files H2 made for this database (the database, its trace file) are the owner's only. */
    void tightenDatabaseFiles() {
        for (String suffix : new String[]{".mv.db", ".trace.db", ".key"}) {
            DataDirectory.makePrivate(base.resolveSibling(base.getFileName() + suffix));
        }
    }
}
