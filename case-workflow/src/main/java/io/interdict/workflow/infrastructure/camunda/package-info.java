/**
 * The embedded Camunda 7 engine: its bootstrap on the application datasource and JTA transaction
 * manager. There is no Camunda subsystem in the server; the engine lives and dies with the WAR.
 */
package io.interdict.workflow.infrastructure.camunda;
