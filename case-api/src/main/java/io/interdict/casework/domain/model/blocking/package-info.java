/**
 * The register of blocked property (31 CFR 501.603): what an approved BLOCK froze, whose it is, for which sanctions
 * targets under which authority, what it is worth, and whether it is still blocked.
 */
package io.interdict.casework.domain.model.blocking;
