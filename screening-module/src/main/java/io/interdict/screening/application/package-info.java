/**
 * The screening context's use cases: loading a lists directory (the newest complete version of each list, read in
 * parallel, with the reasons other versions were passed over) and comparing two versions of a list; screening a
 * party against the loaded lists ({@link io.interdict.screening.application.Screener}) and a stream of parties on all
 * cores ({@link io.interdict.screening.application.BatchScreening}).
 */
package io.interdict.screening.application;
