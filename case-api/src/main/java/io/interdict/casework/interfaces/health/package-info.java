/** The readiness check of the casework database, on WildFly's management interface. */
package io.interdict.casework.interfaces.health;
