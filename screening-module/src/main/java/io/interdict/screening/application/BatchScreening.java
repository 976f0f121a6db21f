package io.interdict.screening.application;

import io.interdict.screening.domain.matching.Hit;
import io.interdict.screening.domain.matching.ScreeningQuery;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;

/**
 * The batch screening use case: screens a stream of parties on several threads and hands the results back in input
 * order (so an output file reads like its input). The caller's thread reads and writes; worker threads only screen.
 * Parties go out in chunks so that threads do not contend on every row; at most a few chunks per thread are in
 * flight, so memory stays flat however long the input.
 */
public final class BatchScreening {

    private static final int CHUNK = 256;

    private final Screener screener;
    private final int threads;

    public BatchScreening(Screener screener, int threads) {
        this.screener = screener;
        this.threads = Math.max(1, threads);
    }

    /** One party to screen and where it came from. */
    public record Party(long line, String id, ScreeningQuery query) {
    }

    /** A party's hits. */
    public record Result(Party party, List<Hit> hits) {
    }

    /** How a run went. */
    public record Summary(long parties, long hits, long partiesWithHits) {
    }

    /**
     * @param parties  read lazily, on the caller's thread
     * @param results  called on the caller's thread, in input order
     * @param limit    at most this many hits per party
     * @param minScore only hits scoring at least this
     */
    public Summary run(Iterator<Party> parties, Consumer<Result> results, int limit, double minScore) {
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "screening-worker");
            t.setDaemon(true);
            return t;
        });
        ArrayDeque<Future<List<Result>>> inFlight = new ArrayDeque<>();
        long count = 0;
        long hits = 0;
        long withHits = 0;
        try {
            while (parties.hasNext()) {
                List<Party> chunk = new ArrayList<>(CHUNK);
                while (chunk.size() < CHUNK && parties.hasNext()) {
                    chunk.add(parties.next());
                }
                inFlight.add(pool.submit(() -> screenChunk(chunk, limit, minScore)));
                while (inFlight.size() > threads * 3) {
                    for (Result r : await(inFlight.poll())) {
                        count++;
                        hits += r.hits().size();
                        withHits += r.hits().isEmpty() ? 0 : 1;
                        results.accept(r);
                    }
                }
            }
            while (!inFlight.isEmpty()) {
                for (Result r : await(inFlight.poll())) {
                    count++;
                    hits += r.hits().size();
                    withHits += r.hits().isEmpty() ? 0 : 1;
                    results.accept(r);
                }
            }
        } finally {
            pool.shutdownNow();
        }
        return new Summary(count, hits, withHits);
    }

    private List<Result> screenChunk(List<Party> chunk, int limit, double minScore) {
        List<Result> out = new ArrayList<>(chunk.size());
        for (Party p : chunk) {
            out.add(new Result(p, screener.screen(p.query(), limit, minScore)));
        }
        return out;
    }

    private static <T> T await(Future<T> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while screening", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException failure) {
                throw failure;
            }
            throw new IllegalStateException(e.getCause());
        }
    }
}
