package io.interdict.screening.domain.matching.normalisation;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A name as the matcher sees it: its normalised words in the written order.
 *
 * @param original the name as written
 * @param tokens   the normalised words
 */
public record NormalisedName(String original, List<NameToken> tokens) {

    public NormalisedName {
        tokens = List.copyOf(tokens);
    }

    public boolean isEmpty() {
        return tokens.isEmpty();
    }

    /** The name-bearing words run together: {@code NAM CHON GANG} and {@code NAMCHONGANG} share it. */
    public String compact() {
        return tokens.stream().filter(t -> t.kind().isNameBearing()).map(NameToken::text).collect(Collectors.joining());
    }

    /** The normalised words joined by spaces, for display and tests. */
    public String text() {
        return tokens.stream().map(NameToken::text).collect(Collectors.joining(" "));
    }
}
