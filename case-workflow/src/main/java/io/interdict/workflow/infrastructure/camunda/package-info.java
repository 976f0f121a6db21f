/**
 * Casework's workflow on the embedded Camunda 7 engine: its bootstrap on the application datasource and JTA
 * transaction manager (there is no Camunda subsystem in the server; the engine lives and dies with the WAR), the
 * deployment of the process and decision models, the adapters of casework's ports ({@code CaseWorkflow},
 * {@code TriagePrioritisation}), and the delegates and listeners the process calls, each of which hands its step to
 * a casework use case. {@link io.interdict.workflow.infrastructure.camunda.CaseProcess} is the models' contract.
 */
package io.interdict.workflow.infrastructure.camunda;
