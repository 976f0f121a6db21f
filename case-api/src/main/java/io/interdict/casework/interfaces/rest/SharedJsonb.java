package io.interdict.casework.interfaces.rest;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;

/**
 * The one JSON-B instance the API reads and writes its bodies with. Without it, RESTEasy builds a new instance for
 * every body read or written: a service-loader lookup and a fresh introspection of every class it touches, which
 * cost more than half of the server's CPU time per screening (measured with JFR under load). Yasson's instances are
 * thread-safe and cache what they learn about each class.
 */
@Provider
public class SharedJsonb implements ContextResolver<Jsonb> {

    private static final Jsonb JSONB = JsonbBuilder.create();

    @Override
    public Jsonb getContext(Class<?> type) {
        return JSONB;
    }
}
