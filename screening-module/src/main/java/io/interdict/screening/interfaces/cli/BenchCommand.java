package io.interdict.screening.interfaces.cli;

import io.interdict.screening.application.BatchScreening;
import io.interdict.screening.application.Screener;
import io.interdict.screening.domain.matching.ScreeningQuery;
import io.interdict.screening.domain.model.entry.ListEntry;
import io.interdict.screening.domain.model.list.SanctionsList;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryUsage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code interdict bench}: index build time, heap after the build (after a GC), single-query latency percentiles and
 * batch throughput on a generated workload. With {@code --write-queries FILE} it also writes the workload in the batch
 * contract's format, to time the whole {@code interdict screen} process on it.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Measure index build, heap, latency and throughput on a generated workload.")
public final class BenchCommand implements Callable<Integer> {

    @Mixin
    ListsOption lists;

    @Option(names = "--queries", defaultValue = "100000", description = "workload size (default ${DEFAULT-VALUE})")
    int queries;

    @Option(names = "--threads", description = "batch threads (default: the number of cores)")
    Integer threads;

    @Option(names = "--seed", defaultValue = "7", description = "workload seed (default ${DEFAULT-VALUE})")
    long seed;

    @Option(names = "--write-queries", description = "write the workload as a queries CSV (id,name,type,country,dob) and exit")
    Path writeQueries;

    @Override
    public Integer call() throws IOException {
        PrintStream out = System.out;
        Screener.Loaded loaded = lists.load(System.err);
        Screener screener = loaded.screener();
        List<ListEntry> entries = new ArrayList<>();
        for (SanctionsList list : screener.lists()) {
            entries.addAll(list.entries());
        }
        List<String> names = BenchWorkload.names(entries, queries, seed);
        if (writeQueries != null) {
            try (BufferedWriter w = Files.newBufferedWriter(writeQueries, StandardCharsets.UTF_8)) {
                w.write("id,name,type,country,dob\n");
                for (int i = 0; i < names.size(); i++) {
                    w.write("b" + i + "," + Csv.field(names.get(i)) + ",,,\n");
                }
            }
            out.printf("wrote %,d queries to %s%n", names.size(), writeQueries);
            return 0;
        }
        System.gc();
        System.gc();
        MemoryUsage heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
        out.printf(Locale.ROOT, "lists: %,d entries, %,d names, %,d distinct words%n", screener.entryCount(),
                screener.engine().nameIndex().nameCount(), screener.engine().nameIndex().termCount());
        out.printf(Locale.ROOT, "load (read lists): %d ms; index build: %d ms; heap used after build and GC: %.0f MB%n",
                loaded.readTime().toMillis(), screener.indexTime().toMillis(), heap.getUsed() / 1e6);

        // warm-up, then single-query latency on one thread
        int warm = Math.min(names.size(), 20_000);
        for (int i = 0; i < warm; i++) {
            screener.screen(ScreeningQuery.ofName(names.get(i)), 10, 0.5);
        }
        int sample = Math.min(names.size(), 20_000);
        long[] nanos = new long[sample];
        java.lang.management.ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        long cpuStart = cpu.getCurrentThreadCpuTime();
        long[] cpuNanosPerQuery = new long[sample];
        for (int i = 0; i < sample; i++) {
            String name = names.get(names.size() - 1 - i);
            long c = cpu.getCurrentThreadCpuTime();
            long t = System.nanoTime();
            screener.screen(ScreeningQuery.ofName(name), 10, 0.5);
            nanos[i] = System.nanoTime() - t;
            cpuNanosPerQuery[i] = cpu.getCurrentThreadCpuTime() - c;
        }
        Arrays.sort(cpuNanosPerQuery);
        long cpuNanos = cpu.getCurrentThreadCpuTime() - cpuStart;
        Arrays.sort(nanos);
        out.printf(Locale.ROOT, "CPU time per query (1 thread): %.1f us, i.e. %,.0f queries/s per core%n",
                cpuNanos / 1e3 / sample, sample / (cpuNanos / 1e9));
        out.printf(Locale.ROOT, "single query latency (1 thread, %,d queries): p50 %.3f ms, p90 %.3f ms, p99 %.3f ms, "
                        + "max %.3f ms%n", sample, pct(nanos, 0.50), pct(nanos, 0.90), pct(nanos, 0.99),
                nanos[sample - 1] / 1e6);
        // the CPU the query itself used: what the latency is when the thread is not descheduled by other processes
        out.printf(Locale.ROOT, "single query CPU time: p50 %.3f ms, p90 %.3f ms, p99 %.3f ms, max %.3f ms%n",
                pct(cpuNanosPerQuery, 0.50), pct(cpuNanosPerQuery, 0.90), pct(cpuNanosPerQuery, 0.99),
                cpuNanosPerQuery[sample - 1] / 1e6);

        int workers = threads != null ? threads : Runtime.getRuntime().availableProcessors();
        BatchScreening batch = new BatchScreening(screener, workers);
        Iterator<BatchScreening.Party> parties = new Iterator<>() {
            int i;

            @Override
            public boolean hasNext() {
                return i < names.size();
            }

            @Override
            public BatchScreening.Party next() {
                int n = i++;
                return new BatchScreening.Party(n, "b" + n, ScreeningQuery.ofName(names.get(n)));
            }
        };
        long start = System.nanoTime();
        BatchScreening.Summary summary = batch.run(parties, r -> { }, 10, 0.5);
        double seconds = (System.nanoTime() - start) / 1e9;
        out.printf(Locale.ROOT, "batch: %,d queries on %d threads in %.2f s = %,.0f queries/s (%,d with hits >= 0.5)%n",
                summary.parties(), workers, seconds, summary.parties() / seconds, summary.partiesWithHits());
        return 0;
    }

    private static double pct(long[] sorted, double p) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)] / 1e6;
    }
}
