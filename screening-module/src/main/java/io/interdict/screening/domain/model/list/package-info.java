/** Sanctions lists and their versions: which list (source), which version (label, publish date, SHA-256, files) and the entries it holds. */
package io.interdict.screening.domain.model.list;
