/**
 * The institution's ownership data for OFAC's 50 percent rule: loads of who owns what share of whom, each kept
 * whole, the latest in force. The rule itself is the screening module's {@code FiftyPercentRule}.
 */
package io.interdict.casework.domain.model.ownership;
