/**
 * A trade transaction as the red-flag rules see it: the parties and their roles, the goods lines with HS codes,
 * the route and the vessel. Built by the REST layer or the command line from what a client submits.
 */
package io.interdict.screening.domain.model.trade;
