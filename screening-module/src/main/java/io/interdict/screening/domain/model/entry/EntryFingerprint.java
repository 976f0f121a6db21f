package io.interdict.screening.domain.model.entry;

import io.interdict.screening.domain.model.Sha256;
import java.util.List;
import java.util.stream.Stream;

/**
 * A hash of everything a list says about one entry: the "entry version" an accepted false hit is tied to. When the
 * list changes the entry (a new alias, a new passport), the fingerprint changes and the suppression lapses.
 * Sets are sorted first: their iteration order differs between JVM runs, the fingerprint must not.
 */
public final class EntryFingerprint {

    private EntryFingerprint() {
    }

    /** Hex SHA-256 of the entry's canonical form. */
    public static String of(ListEntry entry) {
        StringBuilder canonical = new StringBuilder();
        field(canonical, entry.source().key());
        field(canonical, entry.sourceId());
        field(canonical, entry.type().name());
        entry.names().forEach(n -> field(canonical, n.strength() + "|" + n.kind() + "|" + n.text()));
        entry.addresses().forEach(a -> field(canonical, a.toString()));
        entry.birthDates().forEach(d -> field(canonical, d.toString()));
        entry.birthPlaces().forEach(p -> field(canonical, p));
        sorted(entry.nationalities().stream()).forEach(n -> field(canonical, "nat|" + n));
        entry.identifiers().forEach(i -> field(canonical, i.toString()));
        sorted(entry.programmes().stream()).forEach(p -> field(canonical, "prog|" + p));
        entry.linkedTo().forEach(l -> field(canonical, "link|" + l));
        field(canonical, entry.remarks());
        return Sha256.hex(canonical.toString());
    }

    private static List<String> sorted(Stream<String> values) {
        return values.sorted().toList();
    }

    /** Length-prefixed, so that no two different field sequences give the same text. */
    private static void field(StringBuilder canonical, String value) {
        canonical.append(value.length()).append(':').append(value).append(';');
    }

}
