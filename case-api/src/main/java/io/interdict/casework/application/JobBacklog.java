package io.interdict.casework.application;

/**
 * The workflow engine's jobs (timers, asynchronous steps) as operations watch them: a port the workflow module
 * implements.
 *
 * @param due    jobs whose time has come and that may still run: a number that stays high means the job executor
 *               does not keep up, or does not run
 * @param failed jobs that failed and have no retries left: each needs a person (an incident)
 */
public record JobBacklog(long due, long failed) {

    /** Where the figures come from. */
    public interface Source {
        JobBacklog now();
    }
}
