package io.interdict.screening.infrastructure.lists;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;

/**
 * The SHA-256 that identifies a list version's content. One file: the file's own hash, so it can be checked with
 * {@code sha256sum}. Several files: the hash of their {@code sha256sum} listing in name order
 * ({@code "<hash>  <name>\n"} per file), i.e. {@code sha256sum * | sha256sum} in the version folder; naming the
 * files keeps two sets whose bytes merely concatenate alike apart.
 */
final class ContentHash {

    private ContentHash() {
    }

    static String of(List<Path> files) {
        List<Path> ordered = files.stream().sorted(Comparator.comparing(p -> p.getFileName().toString())).toList();
        if (ordered.size() == 1) {
            return ofFile(ordered.get(0));
        }
        StringBuilder listing = new StringBuilder();
        for (Path file : ordered) {
            listing.append(ofFile(file)).append("  ").append(file.getFileName()).append('\n');
        }
        return HexFormat.of().formatHex(digest().digest(listing.toString().getBytes(StandardCharsets.UTF_8)));
    }

    static String ofFile(Path file) {
        MessageDigest digest = digest();
        try (InputStream in = Files.newInputStream(file)) {
            byte[] buffer = new byte[1 << 16];
            for (int n = in.read(buffer); n > 0; n = in.read(buffer)) {
                digest.update(buffer, 0, n);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static MessageDigest digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
