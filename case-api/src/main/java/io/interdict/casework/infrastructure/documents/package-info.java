/** What a document's bytes are, by Apache Tika's detection of their signatures. */
package io.interdict.casework.infrastructure.documents;
