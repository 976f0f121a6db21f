/**
 * Batch screening: a file of parties submitted at once ({@link io.interdict.casework.domain.model.batch.ScreeningBatch}),
 * its items, each screened exactly as a single screening is, and the rows that could not be read, each kept with its
 * line number and the reason.
 */
package io.interdict.casework.domain.model.batch;
