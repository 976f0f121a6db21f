/**
 * What operations watch: the correlation id that ties a request's log records, its answer and the error a person
 * sees together; the screening meters; the casework gauges (open cases per queue, SLA breaches, reports due and
 * overdue, the audit seal backlog and lag, the lists in force, the workflow's job backlog). WildFly's micrometer
 * subsystem serves them to Prometheus on the management interface ({@code /metrics}).
 */
package io.interdict.casework.interfaces.observability;
