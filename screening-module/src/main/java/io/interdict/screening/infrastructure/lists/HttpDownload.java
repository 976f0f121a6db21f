package io.interdict.screening.infrastructure.lists;

import io.interdict.screening.application.ListFetch;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/** Downloads a list file over HTTP(S) with the JDK's client: redirects followed, bounded in time and size. */
public final class HttpDownload implements ListFetch.Download {

    /** The largest list published (the SDN's advanced XML) is well under this. */
    static final long MAX_BYTES = 1024L * 1024 * 1024;

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(30))
            .followRedirects(HttpClient.Redirect.NORMAL).build();

    @Override
    public void to(URI from, Path file) throws IOException {
        HttpRequest request = HttpRequest.newBuilder(from).timeout(Duration.ofMinutes(10))
                .header("User-Agent", "Interdict list fetch").GET().build();
        HttpResponse<InputStream> response;
        try {
            response = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while downloading " + from, e);
        }
        try (InputStream body = response.body(); OutputStream out = Files.newOutputStream(file)) {
            if (response.statusCode() != 200) {
                throw new IOException("HTTP " + response.statusCode() + " from " + from);
            }
            byte[] buffer = new byte[64 * 1024];
            long written = 0;
            for (int read; (read = body.read(buffer)) > 0; ) {
                written += read;
                if (written > MAX_BYTES) {
                    throw new IOException(from + " sends more than " + MAX_BYTES / (1024 * 1024) + " MB");
                }
                out.write(buffer, 0, read);
            }
        }
    }
}
