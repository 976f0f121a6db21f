/**
 * BPMN diagrams drawn on the server from the model's own diagram interchange: for the documentation, and for the
 * case review, which shows the deployed process with the case's current step marked.
 */
package io.interdict.workflow.infrastructure.diagram;
