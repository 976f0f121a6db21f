/**
 * Batch screening on Jakarta Batch (JBeret in WildFly): the {@code screening-batch} job (its XML is in the WAR's
 * {@code WEB-INF/classes/META-INF/batch-jobs}), its chunk artifacts, and the start-up resumption of batches a stopped
 * server left unfinished. The job repository is JDBC on the application datasource (server.cli).
 */
package io.interdict.casework.infrastructure.batch;
