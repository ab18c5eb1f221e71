package cn.jixiao.store;

import java.time.Instant;
import java.util.Optional;

/** One stored revision of a declaration; {@code reverts} is the revision an undo revision undid. */
public record RevisionInfo(long declarationId, int revision, Instant savedAt, String summary,
                           Optional<Integer> reverts) {
}
