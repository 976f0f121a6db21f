/**
 * Tests of the quick start as a new user runs it ({@code bin/interdict run}): that its default set-up is as safe as
 * production.
 */
package io.interdict.platform.quickstart;
