package io.interdict.casework.interfaces.rest;

import java.util.List;

/** JSON body of {@code GET /api/me}. */
public record CallerRepresentation(String username, List<String> roles) {
}
