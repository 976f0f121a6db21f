package io.interdict.casework.application;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;

/**
 * Casework's one JSON-B instance. Stored screening results are written with it, and the REST API
 * reads and writes its bodies with it ({@code SharedJsonb}); since the API answers a screening with the result text
 * stored for it, both must write alike, and one instance makes sure they do. Yasson's instances are thread-safe and
 * cache what they learn about each class, so one shared instance is also the fast choice.
 */
public final class CaseworkJson {

    public static final Jsonb JSONB = JsonbBuilder.create();

    private CaseworkJson() {
    }
}
