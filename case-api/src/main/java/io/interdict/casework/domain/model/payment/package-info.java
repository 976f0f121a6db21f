/**
 * Payment messages as a sanctions filter reads them: an ISO 20022 {@code pacs.008} or {@code pacs.009}, or a SWIFT
 * MT103 or MT202, reduced to what can name a sanctioned person, each with the field of the message it came from
 * ({@code CdtTrfTxInf/Dbtr/Nm}, {@code :50K:}): the parties (debtor, creditor, ultimate parties, ordering customer,
 * beneficiary), the agents (their BIC, name and address) and the free text that can carry a name (remittance
 * information, fields 70 and 72). The original message is kept as it was received, for the report of blocked
 * property, which must carry the transfer instructions.
 */
package io.interdict.casework.domain.model.payment;
