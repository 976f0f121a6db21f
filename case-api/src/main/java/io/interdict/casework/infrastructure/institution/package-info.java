/** The institution's details for its reports to OFAC, from the administrator's configuration. */
package io.interdict.casework.infrastructure.institution;
