package io.interdict.casework.application;

import io.interdict.casework.domain.model.lists.StoredListVersion;
import io.interdict.screening.domain.model.ListSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * Takes in a new version of a list as an administrator uploads it: received (stored with its diff) in a transaction
 * of its own, then put in force at once when the configured auto-activate rule names its list
 * ({@code interdict.lists.auto-activate}: list keys separated by commas, or {@code all}; none by default, so that an
 * administrator reviews the changes first).
 */
@ApplicationScoped
public class ListIntake {

    static final String AUTO_ACTIVATE = "interdict.lists.auto-activate";

    @Inject
    ListOperations operations;

    /** The version received, and its activation when the rule put it in force. */
    public record Taken(StoredListVersion received, Optional<ListOperations.Activation> activation) {
    }

    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public Taken take(ListSource source, String label, byte[] zip, String actor) {
        StoredListVersion received = operations.receive(source, label, zip, actor);
        if (!autoActivated().contains(source)) {
            return new Taken(received, Optional.empty());
        }
        return new Taken(received, Optional.of(operations.activate(source, received.id(), actor)));
    }

    /**
     * The lists the rule puts in force on arrival.
     *
     * @throws IllegalStateException for a key that names no list: a misspelt rule must not silently do nothing
     */
    static Set<ListSource> autoActivated() {
        String configured = System.getProperty(AUTO_ACTIVATE, System.getenv().getOrDefault("INTERDICT_LISTS_AUTO_ACTIVATE", ""));
        if (configured.isBlank()) {
            return Set.of();
        }
        if (configured.strip().equalsIgnoreCase("all")) {
            return EnumSet.allOf(ListSource.class);
        }
        Set<ListSource> lists = EnumSet.noneOf(ListSource.class);
        Arrays.stream(configured.split(",")).map(String::strip).filter(key -> !key.isEmpty())
                .forEach(key -> lists.add(ListSource.byKey(key).orElseThrow(() -> new IllegalStateException(
                        AUTO_ACTIVATE + " names no list '" + key + "' (the lists: " + String.join(", ",
                                Arrays.stream(ListSource.values()).map(ListSource::key).toList()) + ", or all)"))));
        return lists;
    }
}
