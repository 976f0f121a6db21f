package io.interdict.casework.interfaces.rest;

import io.interdict.casework.application.BatchQueries;
import io.interdict.casework.domain.model.batch.BatchItem;
import io.interdict.casework.domain.model.batch.ScreeningBatch;
import io.interdict.casework.domain.model.batch.SourceFormat;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Batches as the API shows them. A position is a {@code line} for CSV batches and an {@code index} for JSON. */
public final class BatchViews {

    private BatchViews() {
    }

    /** The answer to a submission. */
    public record Accepted(UUID batchId, String status, int items, List<Rejected> rejected) {
    }

    /** A row that was not screened, and why. */
    public record Rejected(Integer line, Integer index, String reason) {
    }

    /** Progress and one page of results. */
    public record Progress(UUID batchId, String status, String format, String submittedBy, Instant submittedAt,
                    Instant startedAt, Instant finishedAt, int attempts, int total, int screened, int hits,
                    int rejectedCount, String failure, List<Rejected> rejected, List<Item> items, int page, int size,
                    boolean hasMore) {
    }

    /** One item's result; {@code outcome}, {@code caseId} and {@code bestHit} once it is screened. */
    public record Item(Integer line, Integer index, String reference, String name, String status, String outcome,
                UUID caseId, BestHit bestHit) {
    }

    public record BestHit(String source, String sourceId, String matchedName, double score) {
    }

    static Rejected rejected(SourceFormat format, int position, String reason) {
        return format == SourceFormat.CSV ? new Rejected(position, null, reason) : new Rejected(null, position, reason);
    }

    static Progress progress(BatchQueries.BatchReport report, int page, int size) {
        ScreeningBatch batch = report.batch();
        SourceFormat format = batch.format();
        return new Progress(batch.id(), batch.status().name(), format.name(), batch.submittedBy(),
                batch.submittedAt(), batch.startedAt().orElse(null), batch.finishedAt().orElse(null),
                batch.attempts(), batch.total(), batch.screened(), batch.hits(), batch.rejected(),
                batch.failure().orElse(null),
                report.rejected().stream().map(r -> rejected(format, r.position(), r.reason())).toList(),
                report.items().stream().map(i -> item(format, i)).toList(), page, size, report.hasMore());
    }

    private static Item item(SourceFormat format, BatchItem item) {
        boolean csv = format == SourceFormat.CSV;
        return new Item(csv ? item.position() : null, csv ? null : item.position(),
                item.party().reference().orElse(null), item.party().name(), item.status().name(),
                item.outcome().map(Enum::name).orElse(null), item.caseId().orElse(null),
                item.bestHit().map(h -> new BestHit(h.source(), h.entryId(), h.name(), h.score())).orElse(null));
    }
}
