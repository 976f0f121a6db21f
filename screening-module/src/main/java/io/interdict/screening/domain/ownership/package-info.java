/**
 * OFAC's 50 percent rule (research-anchors C.4): an entity owned in the aggregate, directly or indirectly, 50 percent
 * or more by one or more blocked persons is itself blocked, whether or not it is listed. Ownership is a register of
 * links between parties; the rule finds every path along which blocked persons own a party and sums them, so that a
 * hit it raises shows its reasons.
 */
package io.interdict.screening.domain.ownership;
