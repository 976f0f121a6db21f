/**
 * The log of list versions: every version of a sanctions list the server has read, from its lists directory or
 * uploaded by an administrator, with its files, its counts, what it changed against the version in force when it
 * arrived, and which version of each list is in force. Putting a version in force (or an earlier one back) is a
 * change to this log, audited like any other.
 */
package io.interdict.casework.domain.model.lists;
