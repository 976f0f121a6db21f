package io.interdict.screening.domain.matching;

import io.interdict.screening.domain.model.entry.ListEntry;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A list entry that matches a screened party, with the score and everything that made it.
 *
 * @param entry        the matched list entry
 * @param matchedName  the entry's name, as the list writes it, that gave the hit (its primary name for a hit
 *                     made by an identifier; the identifier is named in the reasons)
 * @param score        in [0,1]; 1.0 for an exact decisive identifier
 * @param tokenMatches which query words matched which listed words, and how well
 * @param features     each feature's contribution; their contributions add up to the score before clamping
 */
public record Hit(ListEntry entry, String matchedName, double score, List<TokenMatch> tokenMatches,
                  List<FeatureScore> features) {

    public Hit {
        if (!(score >= 0.0 && score <= 1.0)) {
            throw new IllegalArgumentException("score outside [0,1]: " + score);
        }
        tokenMatches = List.copyOf(tokenMatches);
        features = List.copyOf(features);
    }

    /** The reasons on one line, for logs and the command line's {@code --explain}. */
    public String explanation() {
        String tokens = tokenMatches.stream().map(TokenMatch::toString).collect(Collectors.joining(", "));
        String feats = features.stream().map(FeatureScore::toString).collect(Collectors.joining("; "));
        return Decimals.fixed(score, 4) + " " + entry.key() + " \"" + matchedName + "\" [" + tokens + "] {" + feats + "}";
    }
}
