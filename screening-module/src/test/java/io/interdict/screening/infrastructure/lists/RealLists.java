package io.interdict.screening.infrastructure.lists;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where the real list files are: the {@code interdict.lists.dir} system property that the build sets to
 * {@code ../shared/data/lists}. The files are never copied into the project. When they are missing the tests that
 * need them fail with this message instead of being skipped: CI always has them.
 */
public final class RealLists {

    private RealLists() {
    }

    public static Path directory() {
        String property = System.getProperty("interdict.lists.dir");
        assertThat(property)
                .as("system property interdict.lists.dir (set by the build to ../shared/data/lists) is missing")
                .isNotBlank();
        Path directory = Path.of(property);
        assertThat(Files.isDirectory(directory))
                .as("the real list files are missing: %s does not exist (it lies beside the repository as "
                        + "shared/data/lists)", directory.toAbsolutePath())
                .isTrue();
        return directory;
    }

    public static Path resolve(String relative) {
        Path path = directory().resolve(relative);
        assertThat(Files.exists(path)).as("real list file %s is missing", path).isTrue();
        return path;
    }
}
