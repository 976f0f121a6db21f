package io.interdict.casework.interfaces.rest;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * How much one batch request may hold. The rows are kept and validated in one transaction, so the size is bounded;
 * a larger file is split by the client.
 */
final class UploadLimits {

    static final int MAX_ROWS = 100_000;
    static final long MAX_BYTES = 20L * 1024 * 1024;

    private UploadLimits() {
    }

    static void checkRows(int rows) {
        if (rows > MAX_ROWS) {
            throw new UploadTooLarge("a batch holds at most " + MAX_ROWS + " rows; split the file");
        }
    }

    /** The body, cut off with a 413 as soon as it passes the limit (a Content-Length can be absent or wrong). */
    static InputStream bounded(InputStream body) {
        return bounded(body, MAX_BYTES, "a batch body is at most " + MAX_BYTES / (1024 * 1024) + " MB; split the file");
    }

    /** The whole body in memory, refused with a 413 saying {@code refusal} as soon as it passes {@code max} bytes. */
    static byte[] readAll(InputStream body, long max, String refusal) {
        try (InputStream in = bounded(body, max, refusal)) {
            return in.readAllBytes();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("the upload broke off", e);
        }
    }

    /** The body, cut off with a 413 saying {@code refusal} as soon as it passes {@code max} bytes. */
    static InputStream bounded(InputStream body, long max, String refusal) {
        return new FilterInputStream(body) {
            private long read;

            @Override
            public int read() throws IOException {
                int b = super.read();
                count(b < 0 ? 0 : 1);
                return b;
            }

            @Override
            public int read(byte[] buffer, int offset, int length) throws IOException {
                int n = super.read(buffer, offset, length);
                count(Math.max(n, 0));
                return n;
            }

            private void count(int n) {
                read += n;
                if (read > max) {
                    throw new UploadTooLarge(refusal);
                }
            }
        };
    }
}
