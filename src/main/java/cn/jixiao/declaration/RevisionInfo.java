package cn.jixiao.declaration;

import java.time.Instant;
import java.util.Optional;

/**
 * One stored revision of a declaration. {@code reverts}: the revision an undo revision undid; {@code redoes}: the
 * revision whose change a redo revision re-applied; {@code author}: who saved it ("" for revisions saved before
 * authors were recorded).
 */
public record RevisionInfo(long declarationId, int revision, Instant savedAt, String summary,
                           Optional<Integer> reverts, Optional<Integer> redoes, String author) {
}
