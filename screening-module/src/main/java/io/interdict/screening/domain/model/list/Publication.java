package io.interdict.screening.domain.model.list;

import io.interdict.screening.domain.model.ListSource;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Where a list's publisher publishes its current version: each file of a version, by the name the lists directory
 * gives it ({@code sdn.csv}), and the address it is downloaded from.
 */
public record Publication(ListSource source, Map<String, URI> files) {

    public Publication {
        Objects.requireNonNull(source, "source");
        if (files.isEmpty()) {
            throw new IllegalArgumentException(source.key() + ": a publication has at least one file");
        }
        files.keySet().forEach(name -> {
            if (!name.matches("[A-Za-z0-9][A-Za-z0-9._-]*")) {
                throw new IllegalArgumentException(source.key() + ": '" + name + "' is not a plain file name");
            }
        });
        files = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(files));
    }
}
