/** Time as the server knows it, produced for injection ({@link java.time.Clock}). */
package io.interdict.casework.infrastructure.time;
