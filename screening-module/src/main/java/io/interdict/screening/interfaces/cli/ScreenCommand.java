package io.interdict.screening.interfaces.cli;

import io.interdict.screening.application.BatchScreening;
import io.interdict.screening.application.Screener;
import io.interdict.screening.domain.matching.Hit;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code interdict screen}: the batch contract of {@code shared/eval/README.md}. Reads {@code id,name,type,country,dob},
 * writes {@code id,source,source_id,matched_name,score}, one row per (id, source, source_id), at most {@code --top}
 * per query, only scores at or above {@code --min-score}.
 */
@Command(name = "screen", mixinStandardHelpOptions = true,
        description = "Screen a CSV file of parties (id,name,type,country,dob) against the lists.")
public final class ScreenCommand implements Callable<Integer> {

    @Mixin
    ListsOption lists;

    @Option(names = "--input", required = true, description = "queries CSV: id,name,type,country,dob")
    Path input;

    @Option(names = "--output", required = true, description = "results CSV: id,source,source_id,matched_name,score")
    Path output;

    @Option(names = "--top", defaultValue = "10", description = "at most this many hits per query (default ${DEFAULT-VALUE})")
    int top;

    @Option(names = "--min-score", defaultValue = "0.5", description = "only hits scoring at least this (default ${DEFAULT-VALUE})")
    double minScore;

    @Option(names = "--threads", description = "screening threads (default: the number of cores)")
    Integer threads;

    @Option(names = "--explain", description = "also write each hit's reasons to this file")
    Path explain;

    @Override
    public Integer call() throws IOException {
        PrintStream err = System.err;
        long start = System.nanoTime();
        if (!Files.isRegularFile(input)) {
            err.println("error: no queries file " + input);
            return 2;
        }
        if (top < 1 || !(minScore >= 0 && minScore <= 1)) {
            err.println("error: --top must be at least 1 and --min-score in [0,1]");
            return 2;
        }
        Screener.Loaded loaded;
        try {
            loaded = lists.load(err);
        } catch (RuntimeException e) {
            err.println("error: " + e.getMessage());
            return 2;
        }
        int workers = threads != null ? threads : Runtime.getRuntime().availableProcessors();
        BatchScreening batch = new BatchScreening(loaded.screener(), workers);
        ProgressReport progress = new ProgressReport(err, Files.size(input));
        long screenStart = System.nanoTime();
        BatchScreening.Summary summary;
        QueryCsvReader reader;
        try (BufferedReader in = Files.newBufferedReader(input, StandardCharsets.UTF_8);
             BufferedWriter out = Files.newBufferedWriter(output, StandardCharsets.UTF_8);
             Writer reasons = explain == null ? Writer.nullWriter() : Files.newBufferedWriter(explain, StandardCharsets.UTF_8)) {
            try {
                reader = new QueryCsvReader(in, message -> err.println(input + ": " + message));
            } catch (IllegalArgumentException e) {
                err.println("error: " + input + ": " + e.getMessage());
                return 2;
            }
            out.write("id,source,source_id,matched_name,score\n");
            QueryCsvReader rows = reader;
            long[] screened = {0};
            summary = batch.run(rows, result -> {
                write(out, reasons, result);
                progress.update(++screened[0], rows.charsRead());
            }, top, minScore);
        }
        progress.finish();
        double seconds = (System.nanoTime() - screenStart) / 1e9;
        err.printf(Locale.ROOT, "rows read %,d, skipped %,d, screened %,d, with hits %,d, hits %,d; screening %.2fs "
                        + "(%,.0f rows/s on %d threads), total %.2fs%n",
                summary.parties() + reader.skipped(), reader.skipped(), summary.parties(), summary.partiesWithHits(),
                summary.hits(), seconds, summary.parties() / Math.max(seconds, 1e-9), workers,
                (System.nanoTime() - start) / 1e9);
        return 0;
    }

    private void write(Writer out, Writer reasons, BatchScreening.Result result) {
        try {
            String id = Csv.field(result.party().id());
            for (Hit hit : result.hits()) {
                out.write(id);
                out.write(',');
                out.write(hit.entry().source().key());
                out.write(',');
                out.write(Csv.field(hit.entry().sourceId()));
                out.write(',');
                out.write(Csv.field(hit.matchedName()));
                out.write(',');
                out.write(String.format(Locale.ROOT, "%.6f", hit.score()));
                out.write('\n');
                if (explain != null) {
                    reasons.write(id + "," + Csv.field(result.party().query().name()) + "," + Csv.field(hit.explanation()) + "\n");
                }
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
