package io.interdict.screening.infrastructure.lists;

import io.interdict.screening.domain.model.list.ListFormatException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Where a list published as one file lies in a lists directory: the version is the file itself
 * ({@code un_sc_consolidated/UN_consolidated.xml}) or a dated folder holding exactly one such file
 * ({@code un_sc_consolidated/2026-02-27/consolidated.xml}).
 */
final class SingleFileVersion {

    private final List<String> suffixes;

    SingleFileVersion(String... suffixes) {
        this.suffixes = List.of(suffixes);
    }

    boolean recognises(Path location) {
        return file(location).isPresent();
    }

    /** The file to read, or a format error saying why there is none. */
    Path file(Path location, String what) {
        return file(location).orElseThrow(() -> new ListFormatException(location.toString(), "",
                "not " + what + ": expected a " + String.join(" or ", suffixes) + " file, or a folder holding exactly one"));
    }

    /** The version's label: the folder's or the file's name. */
    static String label(Path location) {
        return location.getFileName().toString();
    }

    private Optional<Path> file(Path location) {
        if (Files.isRegularFile(location)) {
            return matches(location) ? Optional.of(location) : Optional.empty();
        }
        if (!Files.isDirectory(location)) {
            return Optional.empty();
        }
        try (Stream<Path> files = Files.list(location)) {
            List<Path> found = files.filter(Files::isRegularFile).filter(this::matches).toList();
            return found.size() == 1 ? Optional.of(found.get(0)) : Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + location, e);
        }
    }

    private boolean matches(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return suffixes.stream().anyMatch(name::endsWith);
    }
}
