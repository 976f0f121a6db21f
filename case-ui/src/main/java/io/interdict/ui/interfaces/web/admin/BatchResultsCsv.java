package io.interdict.ui.interfaces.web.admin;

import io.interdict.casework.application.BatchQueries;
import io.interdict.casework.application.SpreadsheetText;
import io.interdict.casework.domain.model.batch.BatchItem;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A batch's results as a spreadsheet reads them: one row per party in its position, with the outcome, the case
 * opened and the best hit. Read page by page; every cell that would start a formula is written as text.
 */
public final class BatchResultsCsv {

    private static final int PAGE = 1000;

    private BatchResultsCsv() {
    }

    public static byte[] of(BatchQueries queries, UUID batchId) {
        var out = new ByteArrayOutputStream();
        write(out, List.of("position", "reference", "name", "status", "outcome", "caseId", "bestHitList",
                "bestHitEntry", "bestHitName", "bestHitScore"));
        for (int page = 0; ; page++) {
            BatchQueries.BatchReport report = queries.report(batchId, page, PAGE);
            report.items().forEach(item -> write(out, row(item)));
            if (!report.hasMore()) {
                return out.toByteArray();
            }
        }
    }

    private static List<String> row(BatchItem item) {
        var hit = item.bestHit();
        return List.of(String.valueOf(item.position()), item.party().reference().orElse(""), item.party().name(),
                item.status().name(), item.outcome().map(Enum::name).orElse(""),
                item.caseId().map(UUID::toString).orElse(""), hit.map(h -> h.source()).orElse(""),
                hit.map(h -> h.entryId()).orElse(""), hit.map(h -> h.name()).orElse(""),
                hit.map(h -> String.format(java.util.Locale.ROOT, "%.4f", h.score())).orElse(""));
    }

    private static void write(ByteArrayOutputStream out, List<String> cells) {
        String line = cells.stream().map(SpreadsheetText::safe).map(BatchResultsCsv::quoted)
                .collect(Collectors.joining(",")) + "\r\n";
        out.writeBytes(line.getBytes(StandardCharsets.UTF_8));
    }

    private static String quoted(String cell) {
        return Stream.of(",", "\"", "\n", "\r").anyMatch(cell::contains) ? "\"" + cell.replace("\"", "\"\"") + "\""
                : cell;
    }
}
