/** Rules that keep the screening module's structure: checked by its unit tests, so a breach fails its own build. */
package io.interdict.screening.architecture;
