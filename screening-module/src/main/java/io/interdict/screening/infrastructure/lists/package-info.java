/**
 * Readers for the official sanctions-list files, one class per format, each turning a file (or a version folder
 * of a CSV set) into a {@link io.interdict.screening.domain.model.list.SanctionsList} of canonical entries or
 * failing with a {@link io.interdict.screening.domain.model.list.ListFormatException} that names file, position and
 * reason. No reader returns part of a list. XML is streamed with DTDs refused.
 */
package io.interdict.screening.infrastructure.lists;
