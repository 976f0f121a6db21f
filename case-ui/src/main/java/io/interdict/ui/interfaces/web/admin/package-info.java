/**
 * The administrator's views: the list versions in force, batch screenings with their progress pushed live to the
 * browser, the version log of each list with its uploads and activations, and the register of hits accepted as
 * false.
 */
package io.interdict.ui.interfaces.web.admin;
