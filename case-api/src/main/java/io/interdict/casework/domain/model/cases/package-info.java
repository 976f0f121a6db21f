/**
 * Screening cases: the alerts raised on one screened party or transaction, worked through OFAC's valid-match
 * checklist at triage and, when escalated, decided by a second person (four eyes). {@link
 * io.interdict.casework.domain.model.cases.ScreeningCase} is the aggregate root: every change of a case goes through
 * its methods, which refuse what the rules forbid.
 */
package io.interdict.casework.domain.model.cases;
