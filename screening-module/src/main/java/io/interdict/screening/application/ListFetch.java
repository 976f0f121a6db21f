package io.interdict.screening.application;

import io.interdict.screening.domain.model.ListSource;
import io.interdict.screening.domain.model.list.ListFormatException;
import io.interdict.screening.domain.model.list.Publication;
import io.interdict.screening.domain.model.list.SanctionsList;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * Fetches the current version of a list from its publisher into a lists directory: every file of the publication is
 * downloaded into a hidden folder beside the list's versions, the version is read in full and validated exactly as
 * a load would read it, and only then does the folder take its dated name ({@code ofac_sdn/2026-12-07}, then
 * {@code 2026-12-07_2} for a second version that day). A download that fails or a file that does not read leaves
 * nothing behind; files identical to the newest complete version already there are not kept twice.
 */
public final class ListFetch {

    /** Brings one file from where it is published: a port (HTTP in the command line tool). */
    public interface Download {
        void to(URI from, Path file) throws IOException;
    }

    /** What fetching one list came to. */
    public enum Result {
        /** A new version, stored under its dated name. */
        FETCHED,
        /** The very files of the newest complete version already in the directory. */
        UNCHANGED,
        /** A download failed, or the files are not a complete, well-formed version. */
        REFUSED
    }

    /**
     * @param location where the new version was stored (FETCHED), or the version it equals (UNCHANGED)
     * @param list     the version read, unless refused
     * @param reason   why it was refused (file, position and reason for a malformed file)
     */
    public record Outcome(ListSource source, Result result, Optional<Path> location, Optional<SanctionsList> list,
                          String reason) {
    }

    private final ListVersionFiles versions;
    private final ListsDirectory directory;
    private final Download download;

    public ListFetch(ListVersionFiles versions, ListsDirectory directory, Download download) {
        this.versions = versions;
        this.directory = directory;
        this.download = download;
    }

    /**
     * @param label the dated name the version takes ({@code 2026-12-07}); a suffix is added when it is taken
     */
    public Outcome fetch(Path listsDirectory, Publication publication, String label) {
        ListSource source = publication.source();
        Path folder = createDirectories(listsDirectory.resolve(source.folder()));
        Path fetching = createDirectories(folder.resolve(".fetching-" + label + "-" + UUID.randomUUID()));
        try {
            for (Map.Entry<String, URI> file : publication.files().entrySet()) {
                download.to(file.getValue(), fetching.resolve(file.getKey()));
            }
            SanctionsList fetched = versions.read(fetching, Optional.of(source));
            Optional<Path> same = newestComplete(listsDirectory, source)
                    .filter(current -> sha256(current, source).equals(fetched.version().sha256()));
            if (same.isPresent()) {
                return new Outcome(source, Result.UNCHANGED, same, Optional.of(fetched), "");
            }
            Path stored = moveToFreeName(fetching, folder, label);
            return new Outcome(source, Result.FETCHED, Optional.of(stored), Optional.of(fetched), "");
        } catch (IOException e) {
            return refused(source, "download failed: " + e.getMessage());
        } catch (ListFormatException e) {
            return refused(source, relative(e.file(), fetching) + (e.position().isEmpty() ? "" : " " + e.position())
                    + ": " + e.reason());
        } catch (IllegalArgumentException e) {
            return refused(source, e.getMessage().replace(fetching + "/", "").replace(fetching.toString(), "the files"));
        } finally {
            delete(fetching);
        }
    }

    private static Outcome refused(ListSource source, String reason) {
        return new Outcome(source, Result.REFUSED, Optional.empty(), Optional.empty(), reason);
    }

    private Optional<Path> newestComplete(Path listsDirectory, ListSource source) {
        return directory.select(listsDirectory).chosen().stream().filter(c -> c.source() == source)
                .map(ListsDirectory.VersionChoice::location).findFirst();
    }

    private String sha256(Path version, ListSource source) {
        return versions.read(version, Optional.of(source)).version().sha256();
    }

    private static Path moveToFreeName(Path fetched, Path folder, String label) throws IOException {
        for (int n = 1; ; n++) {
            Path target = folder.resolve(n == 1 ? label : label + "_" + n);
            if (Files.exists(target)) {
                continue;
            }
            try {
                return Files.move(fetched, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (FileAlreadyExistsException taken) {
                // another fetch took the name meanwhile: the next one
            }
        }
    }

    /** The file's name, not the hidden folder it was downloaded into. */
    private static String relative(String file, Path fetching) {
        return file.startsWith(fetching + "/") ? file.substring(fetching.toString().length() + 1)
                : Path.of(file).getFileName().toString();
    }

    private static Path createDirectories(Path path) {
        try {
            return Files.createDirectories(path);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + path, e);
        }
    }

    private static void delete(Path root) {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a hidden folder left behind is never read as a version
        }
    }
}
