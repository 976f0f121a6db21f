package io.interdict.screening.interfaces.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Progress on stderr while a batch runs: a redrawn bar when stderr is a terminal and the input is large, plain
 * periodic lines otherwise (a log file should not fill with carriage returns). Called from one thread.
 */
final class ProgressReport {

    private static final long LARGE_INPUT_BYTES = 512 * 1024;
    private static final long BAR_EVERY_NANOS = 200_000_000L;
    private static final long LINE_EVERY_NANOS = 5_000_000_000L;

    private final PrintStream err;
    private final long totalBytes;
    private final boolean bar;
    private final long start = System.nanoTime();
    private long lastPrint = start;

    ProgressReport(PrintStream err, long totalBytes) {
        this.err = err;
        this.totalBytes = totalBytes;
        this.bar = totalBytes >= LARGE_INPUT_BYTES && stderrIsTerminal();
    }

    /** Whether file descriptor 2 is a terminal (Linux: /proc; elsewhere: whether the JVM has a console). */
    static boolean stderrIsTerminal() {
        try {
            Path target = Files.readSymbolicLink(Path.of("/proc/self/fd/2"));
            String t = target.toString();
            return t.startsWith("/dev/pts/") || t.startsWith("/dev/tty");
        } catch (Exception e) {
            return System.console() != null;
        }
    }

    /**
     * @param rows  rows screened so far
     * @param bytes bytes of input read so far (the reader runs a few chunks ahead of the screening)
     */
    void update(long rows, long bytes) {
        long now = System.nanoTime();
        if (now - lastPrint < (bar ? BAR_EVERY_NANOS : LINE_EVERY_NANOS)) {
            return;
        }
        lastPrint = now;
        double seconds = (now - start) / 1e9;
        double rate = rows / Math.max(seconds, 1e-9);
        double share = totalBytes > 0 ? Math.min(1.0, (double) bytes / totalBytes) : 0;
        if (bar) {
            int width = 30;
            int filled = (int) Math.round(share * width);
            String eta = share > 0 ? String.format("%.0fs", seconds * (1 - share) / share) : "?";
            err.printf("\r[%s%s] %3.0f%% read, %,d rows screened, %,.0f rows/s, ETA %s   ", "#".repeat(filled), " ".repeat(width - filled),
                    share * 100, rows, rate, eta);
        } else {
            err.printf("screened %,d rows (%.0f%% of the input read) in %.1fs, %,.0f rows/s%n", rows, share * 100, seconds,
                    rate);
        }
        err.flush();
    }

    void finish() {
        if (bar) {
            err.print("\r" + " ".repeat(110) + "\r");
            err.flush();
        }
    }
}
