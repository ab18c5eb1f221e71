package cn.jixiao.store;

import java.time.Instant;

/** One stored revision of a declaration. */
public record RevisionInfo(long declarationId, int revision, Instant savedAt, String summary) {
}
