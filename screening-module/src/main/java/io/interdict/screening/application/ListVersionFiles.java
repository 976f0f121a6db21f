package io.interdict.screening.application;

import io.interdict.screening.domain.model.ListSource;
import io.interdict.screening.domain.model.list.ListFormat;
import io.interdict.screening.domain.model.list.ListFormatException;
import io.interdict.screening.domain.model.list.SanctionsList;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Reads one version of a list given where it lies (a version folder such as {@code ofac_sdn/2023-12-28}, or a file
 * such as {@code un_sc_consolidated/UN_consolidated.xml}), as an administrator names it to compare two versions.
 * Which list it is follows from the folder it lies in when that is a list folder of a lists directory; otherwise
 * from the one format that recognises it, or from the list the caller names.
 */
public final class ListVersionFiles {

    private final List<ListFormat> formats;

    public ListVersionFiles(List<ListFormat> formats) {
        this.formats = List.copyOf(formats);
    }

    /**
     * @param list the list it is, when the caller knows; empty to work it out
     * @throws IllegalArgumentException when the location is missing, incomplete, or could be more than one list
     * @throws ListFormatException      when a file is malformed
     */
    public SanctionsList read(Path location, Optional<ListSource> list) {
        if (!Files.exists(location)) {
            throw new IllegalArgumentException(location + " does not exist");
        }
        Optional<ListSource> source = list.or(() -> listFolder(location));
        List<ListFormat> candidates = formats.stream()
                .filter(f -> source.map(s -> f.source() == s).orElse(true))
                .filter(f -> f.recognises(location)).toList();
        if (candidates.isEmpty()) {
            throw new IllegalArgumentException(location + " is not a version of " + source.map(ListSource::key).orElse("any list")
                    + " in a format Interdict reads");
        }
        if (candidates.stream().map(ListFormat::source).distinct().count() > 1) {
            throw new IllegalArgumentException(location + " could be any of " + candidates.stream().map(f -> f.source().key())
                    .distinct().toList() + ": name the list (--list)");
        }
        ListFormat format = candidates.get(0);
        format.incompleteness(location).ifPresent(reason -> {
            throw new IllegalArgumentException(location + ": " + reason);
        });
        return format.read(location);
    }

    /** The list whose folder ({@code ofac_sdn}, {@code us_csl}...) holds the location, if any. */
    private static Optional<ListSource> listFolder(Path location) {
        Path parent = location.toAbsolutePath().normalize().getParent();
        if (parent == null || parent.getFileName() == null) {
            return Optional.empty();
        }
        String folder = parent.getFileName().toString();
        return Arrays.stream(ListSource.values()).filter(s -> s.folder().equals(folder)).findFirst();
    }
}
