/**
 * The managers' and administrators' dashboard: open cases by queue and age, triage SLA breaches, the false-positive
 * rate by list and hits per day, as charts drawn on the server.
 */
package io.interdict.ui.interfaces.web.dashboard;
