/** The REST API at {@code /api}: JAX-RS resources, request parsing into commands, view records, and problem+json error mapping. Resources call the application layer only. */
package io.interdict.casework.interfaces.rest;
