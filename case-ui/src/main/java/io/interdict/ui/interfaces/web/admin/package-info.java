/**
 * The administrator's views: the list versions in force, batch screenings with their progress pushed live to the
 * browser, and the register of hits accepted as false.
 */
package io.interdict.ui.interfaces.web.admin;
