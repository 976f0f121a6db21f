/**
 * Delta re-screening on Jakarta Batch (JBeret in WildFly): the {@code list-rescreening} job (its XML beside the
 * batch screening's, in the WAR's {@code WEB-INF/classes/META-INF/batch-jobs}), a scan step and a chunk step over
 * the parties the scan found, and the start-up resumption of runs a stopped server left unfinished.
 */
package io.interdict.casework.infrastructure.rescreening;
