/** The business-day calendar of the reporting deadlines, on Jollyday's US federal holidays. */
package io.interdict.casework.infrastructure.calendar;
