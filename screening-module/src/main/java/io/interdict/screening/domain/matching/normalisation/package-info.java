/**
 * From a name as written (any script, case, punctuation) to the words the matcher compares: script folding to
 * ASCII Latin ({@link io.interdict.screening.domain.matching.normalisation.ScriptFolding}), word splitting, legal
 * forms and function words recognised ({@link io.interdict.screening.domain.matching.normalisation.LegalForms},
 * {@link io.interdict.screening.domain.matching.normalisation.FunctionWords}) and, per word, the romanisation key and
 * consonant skeleton that make romanisation variants meet
 * ({@link io.interdict.screening.domain.matching.normalisation.RomanisationKey}).
 */
package io.interdict.screening.domain.matching.normalisation;
