/** Casework's domain model: cases and their alerts, screenings, suppression, batches, notifications and the audit trail, one package each; {@code Role} names the realm roles it authorises. */
package io.interdict.casework.domain.model;
