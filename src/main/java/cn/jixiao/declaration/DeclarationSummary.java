package cn.jixiao.declaration;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Optional;

/** What {@code list} shows of a stored declaration; {@code updatedBy} saved its newest revision. */
public record DeclarationSummary(long id, String name, int year, String department, Optional<BigDecimal> totalFunds,
                                 int indicators, int revision, Instant updatedAt, String updatedBy) {
}
