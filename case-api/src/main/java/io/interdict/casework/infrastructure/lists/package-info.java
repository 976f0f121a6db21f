/**
 * The sanctions lists the server loads: the lists directory read and indexed at start-up, behind casework's
 * {@code ActiveLists} port.
 */
package io.interdict.casework.infrastructure.lists;
