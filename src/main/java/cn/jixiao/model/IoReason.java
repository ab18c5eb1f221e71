package cn.jixiao.model;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;

/** Why a file operation failed, said in the user's words (no exception class names): a message reference. */
public final class IoReason {
    private IoReason() {
    }

    public static MessageRef of(Throwable failure) {
        Throwable e = failure instanceof UncheckedIOException u && u.getCause() != null ? u.getCause() : failure;
        if (e instanceof AccessDeniedException) {
            return new MessageRef("io.why.denied");
        }
        if (e instanceof NoSuchFileException) {
            return new MessageRef("io.why.missing");
        }
        if (e instanceof NotDirectoryException) {
            return new MessageRef("io.why.not-directory");
        }
        if (e instanceof FileAlreadyExistsException) {
            return new MessageRef("io.why.exists");
        }
        if (e instanceof CharacterCodingException) {
            return new MessageRef("io.why.not-utf8");
        }
        String reason = e instanceof FileSystemException fs ? fs.getReason() : e.getMessage();
        if (reason == null) {
            return new MessageRef("io.why.other", "");
        }
        if (reason.contains("Is a directory")) {
            return new MessageRef("io.why.directory");
        }
        if (reason.contains("Not a directory")) {
            return new MessageRef("io.why.not-directory");
        }
        if (reason.contains("Permission denied")) {
            return new MessageRef("io.why.denied");
        }
        if (reason.contains("No such file")) {
            return new MessageRef("io.why.missing");
        }
        if (reason.contains("No space left")) {
            return new MessageRef("io.why.full");
        }
        if (reason.contains("Read-only file system")) {
            return new MessageRef("io.why.read-only");
        }
        return new MessageRef("io.why.other", reason);
    }
}
