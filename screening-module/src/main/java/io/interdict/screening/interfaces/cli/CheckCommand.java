package io.interdict.screening.interfaces.cli;

import io.interdict.screening.application.Screener;
import io.interdict.screening.domain.matching.FeatureScore;
import io.interdict.screening.domain.matching.Hit;
import io.interdict.screening.domain.matching.ScreeningQuery;
import io.interdict.screening.domain.matching.TokenMatch;
import io.interdict.screening.domain.model.entry.BirthDate;
import io.interdict.screening.domain.model.entry.EntityType;
import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code interdict check NAME}: screens one party and prints every hit with its reasons — which words matched which
 * and how, and what each feature added or took away. What an analyst sees, on the command line.
 */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Screen one name and print the hits with the reasons for each score.")
public final class CheckCommand implements Callable<Integer> {

    @Mixin
    ListsOption lists;

    @Option(names = "--type", description = "individual, entity, vessel or aircraft")
    String type;

    @Option(names = "--country", description = "ISO 3166-1 alpha-2 country")
    String country;

    @Option(names = "--dob", description = "date of birth, YYYY or YYYY-MM-DD")
    String dob;

    @Option(names = "--top", defaultValue = "5", description = "hits to show (default ${DEFAULT-VALUE})")
    int top;

    @Option(names = "--min-score", defaultValue = "0", description = "lowest score to show (default ${DEFAULT-VALUE})")
    double minScore;

    @Parameters(arity = "1..*", description = "names to screen")
    List<String> names;

    @Override
    public Integer call() {
        PrintStream out = System.out;
        Screener screener = lists.load(System.err).screener();
        Optional<EntityType> entityType = EntityType.parse(type);
        Optional<BirthDate> birthDate = BirthDate.parseIso(dob);
        for (String name : names) {
            ScreeningQuery query = new ScreeningQuery(name, entityType, Optional.ofNullable(country), birthDate, List.of());
            List<Hit> hits = screener.screen(query, top, minScore);
            out.printf("%s: %d hit(s)%n", name, hits.size());
            for (Hit hit : hits) {
                out.printf(Locale.ROOT, "  %.4f  %s  \"%s\" (%s)%n", hit.score(), hit.entry().key(), hit.matchedName(),
                        hit.entry().type().key());
                for (TokenMatch m : hit.tokenMatches()) {
                    out.printf(Locale.ROOT, "          %-20s ~ %-20s %.3f %-12s weight %.2f%n", m.queryToken(),
                            m.listToken(), m.similarity(), m.kind().name().toLowerCase(Locale.ROOT), m.weight());
                }
                for (FeatureScore f : hit.features()) {
                    out.printf(Locale.ROOT, "          %-20s %+.4f  %s%n", f.feature(), f.contribution(), f.detail());
                }
            }
        }
        return 0;
    }
}
