/** The command-line tool ({@code bin/interdict check|screen|lists|bench}), on picocli. */
package io.interdict.screening.interfaces.cli;
