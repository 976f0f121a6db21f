/**
 * The UI's side of sign-in: the signed-in user taken from the OIDC session that WildFly established,
 * sign-out at the identity provider, and Vaadin's role-based view access control.
 */
package io.interdict.ui.infrastructure.security;
