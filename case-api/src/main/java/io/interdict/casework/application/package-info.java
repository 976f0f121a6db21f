/**
 * Casework use cases: screening a party, working a case through triage and escalation, reading cases and the
 * audit trail. Each public method is one transaction that changes the domain, appends the audit events for what
 * changed and moves the case's workflow on - all or nothing.
 */
package io.interdict.casework.application;
