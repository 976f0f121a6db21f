/**
 * Red-flag rules: alerts the sanctions lists alone cannot raise, derived from the DPRK procurement and maritime
 * advisories (research-anchors D.5). Each rule is a small class with an id, a severity and an explanation of what
 * it found; {@link io.interdict.screening.domain.redflags.RedFlagRulebook} runs them over a trade transaction.
 * Rules that need the lists reach them only through the {@link io.interdict.screening.domain.redflags.SanctionsLookup}
 * port, so the rules stay independent of how matching is done.
 */
package io.interdict.screening.domain.redflags;
