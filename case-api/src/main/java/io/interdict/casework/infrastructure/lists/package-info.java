/**
 * The sanctions lists the server screens against, behind casework's {@code ActiveLists} port: indexed in memory at
 * start-up from the lists directory and the version log, and replaced whole, without a restart, when a version is
 * put in force; and a version's files read from (and packed into) the ZIP the version log keeps.
 */
package io.interdict.casework.infrastructure.lists;
