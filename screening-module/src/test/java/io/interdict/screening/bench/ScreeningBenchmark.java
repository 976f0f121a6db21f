package io.interdict.screening.bench;

import io.interdict.screening.application.BatchScreening;
import io.interdict.screening.application.ListsDirectory;
import io.interdict.screening.application.Screener;
import io.interdict.screening.domain.matching.Hit;
import io.interdict.screening.domain.matching.ScreeningQuery;
import io.interdict.screening.domain.model.entry.ListEntry;
import io.interdict.screening.domain.model.list.SanctionsList;
import io.interdict.screening.infrastructure.lists.ListFormats;
import io.interdict.screening.interfaces.cli.BenchWorkload;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * JMH benchmarks of the matching engine on the real lists (the required three) and the generated workload of
 * {@code interdict bench}: single-query latency (sampled, so percentiles are reported) and batch throughput on all
 * cores. Never part of the unit tests; run with the {@code jmh} profile (docs/screening.md):
 * <pre>./mvnw -q -pl screening-module -Pjmh test-compile exec:exec</pre>
 */
@State(Scope.Benchmark)
@Fork(value = 1, jvmArgsAppend = {"-Xmx2g", "-XX:+UseParallelGC"})
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
public class ScreeningBenchmark {

    private static final int BATCH = 2_000;

    private Screener screener;
    private List<ScreeningQuery> workload;
    private BatchScreening batch;
    private int next;

    @Setup(Level.Trial)
    public void loadListsAndWorkload() {
        String dir = System.getProperty("interdict.lists.dir", "../shared/data/lists");
        if (!Files.isDirectory(Path.of(dir))) {
            throw new IllegalStateException("the benchmark needs the lists: -Dinterdict.lists.dir=" + dir
                    + " is not a directory");
        }
        var formats = ListFormats.all().stream().filter(f -> Screener.REQUIRED_SOURCES.contains(f.source())).toList();
        screener = Screener.load(new ListsDirectory(formats), Path.of(dir)).screener();
        List<ListEntry> entries = new ArrayList<>();
        for (SanctionsList list : screener.lists()) {
            entries.addAll(list.entries());
        }
        workload = BenchWorkload.names(entries, 100_000, 7).stream().map(ScreeningQuery::ofName).toList();
        batch = new BatchScreening(screener, Runtime.getRuntime().availableProcessors());
    }

    /** One query on one thread: the REST screen's cost. */
    @Benchmark
    @BenchmarkMode(Mode.SampleTime)
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public List<Hit> singleQuery() {
        ScreeningQuery q = workload.get(next++ % workload.size());
        return screener.screen(q, 10, 0.5);
    }

    /** A batch on all cores, as {@code interdict screen} runs it; the score is queries per second. */
    @Benchmark
    @BenchmarkMode(Mode.Throughput)
    @OutputTimeUnit(TimeUnit.SECONDS)
    @OperationsPerInvocation(BATCH)
    public long batchThroughput() {
        int start = (next += BATCH) % (workload.size() - BATCH);
        List<BatchScreening.Party> parties = new ArrayList<>(BATCH);
        for (int i = 0; i < BATCH; i++) {
            parties.add(new BatchScreening.Party(i, "b" + i, workload.get(start + i)));
        }
        return batch.run(parties.iterator(), r -> { }, 10, 0.5).hits();
    }
}
