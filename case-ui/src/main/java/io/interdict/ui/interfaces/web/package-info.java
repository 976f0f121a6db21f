/**
 * The browser user interface (Vaadin Flow, standard components only so the pre-compiled front-end
 * bundle is used and the build needs no npm). One view per role; access by {@code @RolesAllowed}.
 */
package io.interdict.ui.interfaces.web;
