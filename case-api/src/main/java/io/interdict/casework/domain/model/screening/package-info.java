/** Screening requests: a party (or transaction) screened, what it was screened against and the outcome. */
package io.interdict.casework.domain.model.screening;
