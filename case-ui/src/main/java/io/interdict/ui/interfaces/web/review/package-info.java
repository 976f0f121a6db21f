/**
 * The case review: the screened party and each hit's list entry side by side, field by field, the matching tokens
 * marked, the engine's reasons for the score, OFAC's valid-match checklist, the decision, comments and the case's
 * timeline; worked from the keyboard.
 */
package io.interdict.ui.interfaces.web.review;
