/** The readiness check of the embedded workflow engine (engine up, tables readable, job executor active). */
package io.interdict.workflow.interfaces.health;
