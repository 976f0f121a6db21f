/**
 * Reporting to OFAC: the reports a blocked or rejected transaction owes (31 CFR 501.603, 501.604), their legal
 * deadlines in US business days, and their way from draft through a second person's sign-off to filing.
 */
package io.interdict.casework.domain.model.reporting;
