/**
 * Delta re-screening: when a list version is put in force, the stored parties that could match one of the entries
 * it added or changed are re-screened, and only those; open cases whose entry it removed are noted. A
 * {@link io.interdict.casework.domain.model.rescreening.Rescreening} is one such run, with its progress; its items
 * are the parties it found could match.
 */
package io.interdict.casework.domain.model.rescreening;
