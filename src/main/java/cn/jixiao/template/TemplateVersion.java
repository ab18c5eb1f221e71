package cn.jixiao.template;

import java.time.Instant;

/**
 * One stored version of a template: its YAML body and what `template list` shows of it ({@code source}: the file or
 * command it came from; {@code author}: who stored it, "" before authors were recorded).
 */
public record TemplateVersion(String id, int version, String kind, String title, int indicatorCount, String source,
                              String hash, String body, Instant createdAt, String author) {
}
