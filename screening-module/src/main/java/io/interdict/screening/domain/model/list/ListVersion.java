package io.interdict.screening.domain.model.list;

import io.interdict.screening.domain.model.ListSource;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What identifies one published version of a list: where it came from, when it was published, and a hash of its
 * files so that the same content is recognised whatever it is called.
 *
 * @param source      which list
 * @param label       the version's name in the lists directory (its dated folder, e.g. {@code 2023-12-28}), or the
 *                    file name for single-file lists
 * @param publishDate the publish date the file states, when it states one
 * @param sha256      hex SHA-256 over the version's files, in name order (one file: that file's own hash)
 * @param files       the files read, in name order
 */
public record ListVersion(ListSource source, String label, Optional<LocalDate> publishDate, String sha256,
                          List<String> files) {

    public ListVersion {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(publishDate, "publishDate");
        Objects.requireNonNull(sha256, "sha256");
        files = List.copyOf(files);
    }
}
