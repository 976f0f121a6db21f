/**
 * How WildFly's OIDC client is configured for the one WAR: which requests are API calls with bearer
 * tokens and which are browser sessions that sign in at Keycloak.
 */
package io.interdict.platform.infrastructure.security;
