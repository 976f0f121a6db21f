package io.interdict.casework.application;

import io.interdict.casework.domain.model.audit.AuditAction;
import io.interdict.casework.domain.model.audit.AuditRecord;
import io.interdict.casework.domain.model.audit.AuditTrail;
import io.interdict.casework.domain.model.cases.Alert;
import io.interdict.casework.domain.model.cases.AlertReasons;
import io.interdict.casework.domain.model.screening.ListEntryRef;
import io.interdict.casework.domain.model.screening.ScreenedParty;
import io.interdict.casework.domain.model.screening.ScreeningOutcome;
import io.interdict.screening.application.ListedPartyLookup;
import io.interdict.screening.domain.matching.Hit;
import io.interdict.screening.domain.matching.ScreeningQuery;
import io.interdict.screening.domain.model.Sha256;
import io.interdict.screening.domain.model.entry.EntityType;
import io.interdict.screening.domain.model.entry.Identifier;
import io.interdict.screening.domain.model.entry.IdentifierType;
import io.interdict.screening.domain.model.trade.PartyRole;
import io.interdict.screening.domain.model.trade.TradeParty;
import io.interdict.screening.domain.model.trade.TradeTransaction;
import io.interdict.screening.domain.redflags.RedFlag;
import io.interdict.screening.domain.redflags.RedFlagRulebook;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Screens a trade transaction: every party and the vessel against the lists in force, and the transaction against
 * the DPRK red-flag rules (goods of concern through transshipment hubs, diplomatic buyers of industrial goods, vague
 * goods, listed vessels and wallets). Every list hit and every red flag is an alert of one case for the transaction,
 * a red flag named by its rule ({@code red-flag:DPRK-04}) with its severity and explanation; the screening is kept
 * for its idempotency key like a party's.
 */
@ApplicationScoped
public class TradeScreening {

    /** The list key red-flag alerts carry in place of a list's: they are the rulebook's findings, not entries. */
    public static final String RED_FLAGS = "red-flag";
    static final String RULEBOOK_VERSION = "dprk-2020-09";

    @Inject
    ActiveLists activeLists;

    @Inject
    ScreeningAnswers answers;

    @Inject
    ScreeningReplays replays;

    @Inject
    CaseOpening caseOpening;

    @Inject
    AuditTrail auditTrail;

    @Inject
    Clock clock;

    /** The rulebook over the lists it was built for: its lookup reads every entry's weak aliases once. */
    private volatile Rulebook rulebook;

    private record Rulebook(ListsInForce lists, RedFlagRulebook rules) {
    }

    /**
     * @param fingerprint a hash of the request as received: the same key with another request is refused
     */
    @Transactional
    public PartyScreening.Answer screen(TradeTransaction transaction, String fingerprint, String requestedBy,
                                        Optional<String> idempotencyKey) {
        Optional<PartyScreening.Answer> earlier = replays.earlier(requestedBy, idempotencyKey, fingerprint);
        if (earlier.isPresent()) {
            return earlier.get();
        }
        Instant now = clock.instant();
        UUID screeningId = UUID.randomUUID();
        ListsInForce lists = activeLists.inForce();
        Map<String, Alert> alerts = new LinkedHashMap<>();
        partiesOf(transaction).forEach(party -> listHits(party, lists).forEach(alert ->
                alerts.putIfAbsent(alert.entry().key(), alert)));
        rulebook(lists).evaluate(transaction).flags()
                .forEach(flag -> alerts.putIfAbsent(RED_FLAGS + ":" + flag.ruleId(), alertOf(flag)));

        ScreenedParty party = counterpartyOf(transaction);
        List<Alert> raised = List.copyOf(alerts.values());
        UUID caseId = raised.isEmpty() ? null : caseOpening.open(screeningId, party, raised, requestedBy, now).value();
        PartyScreening.Answer answer = answers.kept(screeningId, idempotencyKey, fingerprint, requestedBy, now, party,
                raised, caseId, lists);
        ScreeningOutcome outcome = answer.result().outcome();
        auditTrail.append(AuditRecord.of(requestedBy, AuditAction.TRADE_SCREENED, screeningId, "screened trade "
                        + transaction.reference() + " (" + transaction.parties().size() + " parties, "
                        + transaction.goods().size() + " goods lines): " + outcome + ", " + raised.size() + " alert(s)")
                .withStates(null, "outcome=" + outcome + (caseId == null ? "" : ", case=" + caseId)));
        return answer;
    }

    /** The parties, and the vessel as a party named by its name and IMO number. */
    private static List<TradeParty> partiesOf(TradeTransaction transaction) {
        List<TradeParty> parties = new ArrayList<>(transaction.parties());
        transaction.vessel().filter(v -> !v.name().isEmpty() || !v.imo().isEmpty()).ifPresent(vessel -> parties.add(
                new TradeParty(PartyRole.OTHER, vessel.name(), Optional.of(EntityType.VESSEL), vessel.flag(), "", "",
                        "", "", vessel.imo().isEmpty() ? List.of()
                        : List.of(Identifier.of(IdentifierType.IMO, vessel.imo())))));
        return parties;
    }

    /** The alerts of one party's hits, their explanation naming the party's role and name. */
    private List<Alert> listHits(TradeParty party, ListsInForce lists) {
        if (party.name().isEmpty() && party.identifiers().isEmpty()) {
            return List.of();
        }
        ScreeningQuery query = ScreeningQuery.ofName(party.name()).withIdentifiers(party.identifiers());
        query = party.type().map(query::withType).orElse(query);
        query = party.country().isEmpty() ? query : query.withCountry(party.country());
        List<Alert> alerts = new ArrayList<>();
        for (Hit hit : lists.screener().screen(query, ScreeningSettings.MAX_HITS, ScreeningSettings.threshold())) {
            alerts.add(Alert.raisedBy(hit, activeLists.entryRef(hit, lists),
                    AlertReasons.of(hit).foundAt(roleOf(party) + " '" + party.name() + "': ")));
        }
        return alerts;
    }

    private static String roleOf(TradeParty party) {
        return party.type().filter(t -> t == EntityType.VESSEL).isPresent() && party.role() == PartyRole.OTHER
                ? "vessel" : party.role().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
    }

    /** A red flag as an alert: the rule for the entry, its severity for the score, its evidence for the reasons. */
    static Alert alertOf(RedFlag flag) {
        double score = switch (flag.severity()) {
            case HIGH -> 1.0;
            case MEDIUM -> 0.8;
            case LOW -> 0.6;
        };
        String evidence = String.join("; ", flag.evidence());
        AlertReasons reasons = new AlertReasons(flag.title(), flag.ruleId() + " (" + flag.severity() + ": "
                + flag.severity().action() + "): " + flag.explanation(), List.of(),
                List.of(new AlertReasons.FeatureContribution("red_flag", score, 1.0, score, evidence)));
        return new Alert(new ListEntryRef(RED_FLAGS, flag.ruleId(), RULEBOOK_VERSION, Sha256.hex(evidence)),
                flag.title(), score, EntityType.ENTITY, List.of("DPRK"), reasons);
    }

    /** The party the case is about: the first receiving party (buyer, consignee, end user…), else the first. */
    private static ScreenedParty counterpartyOf(TradeTransaction transaction) {
        TradeParty main = transaction.receivingSide().findFirst()
                .orElse(transaction.parties().isEmpty() ? null : transaction.parties().get(0));
        String name = main == null ? "trade " + transaction.reference() : main.name();
        return new ScreenedParty(name, main == null ? null : main.type().orElse(null),
                main == null || main.country().isEmpty() ? null : main.country(), null,
                main == null ? null : main.address(), "trade:" + transaction.reference(),
                main == null ? List.of() : main.identifiers());
    }

    private RedFlagRulebook rulebook(ListsInForce lists) {
        Rulebook current = rulebook;
        if (current == null || current.lists() != lists) {
            current = new Rulebook(lists, RedFlagRulebook.dprk(new ListedPartyLookup(lists.screener(),
                    ScreeningSettings.threshold())));
            rulebook = current;
        }
        return current.rules();
    }

}
