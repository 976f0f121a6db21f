/**
 * The managers' inbox: what the workflow tells managers (overdue triage), kept until a manager acknowledges it.
 */
package io.interdict.casework.domain.model.notification;
