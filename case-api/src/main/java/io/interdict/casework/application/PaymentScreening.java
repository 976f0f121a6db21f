package io.interdict.casework.application;

import io.interdict.casework.domain.model.audit.AuditAction;
import io.interdict.casework.domain.model.audit.AuditRecord;
import io.interdict.casework.domain.model.audit.AuditTrail;
import io.interdict.casework.domain.model.cases.Alert;
import io.interdict.casework.domain.model.cases.AlertReasons;
import io.interdict.casework.domain.model.cases.CaseId;
import io.interdict.casework.domain.model.payment.FieldKind;
import io.interdict.casework.domain.model.payment.FreeTextNameSpans;
import io.interdict.casework.domain.model.payment.MessageField;
import io.interdict.casework.domain.model.payment.MessageField.LocatedIdentifier;
import io.interdict.casework.domain.model.payment.PaymentMessage;
import io.interdict.casework.domain.model.payment.PaymentMessageReader;
import io.interdict.casework.domain.model.screening.ScreenedParty;
import io.interdict.casework.domain.model.screening.ScreeningOutcome;
import io.interdict.screening.domain.matching.Hit;
import io.interdict.screening.domain.matching.ScreeningQuery;
import io.interdict.screening.domain.model.Sha256;
import io.interdict.screening.domain.model.entry.EntityType;
import io.interdict.screening.domain.model.entry.Identifier;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Screens a payment message: every party's and agent's name, every BIC as an identifier against the lists' BICs, and
 * every free text for a listed name anywhere in it. All hits of the message are the alerts of one case, each saying
 * where in the message it was found; an entry found in two fields is one alert naming both. The message itself is
 * kept with the case as a document, for the report of blocked property, which must carry the transfer
 * instructions. A message that cannot be read is refused before anything is screened or stored.
 */
@ApplicationScoped
public class PaymentScreening {

    @Inject
    PaymentMessageReader reader;

    @Inject
    ActiveLists activeLists;

    @Inject
    ScreeningAnswers answers;

    @Inject
    ScreeningReplays replays;

    @Inject
    CaseOpening caseOpening;

    @Inject
    CaseAttachments attachments;

    @Inject
    AuditTrail auditTrail;

    @Inject
    Clock clock;

    /** The best hit on one entry, its reasons, and every place of the message it was found in. */
    private static final class Found {
        private Hit hit;
        private String where;
        private String text;
        private String place;
        private MessageField field;
        private final Set<String> places = new LinkedHashSet<>();

        void add(Hit candidate, MessageField in, String place, String what) {
            places.add(place);
            if (hit == null || candidate.score() > hit.score()) {
                hit = candidate;
                field = in;
                text = what;
                this.place = place;
                where = in.role() + " (" + place + ") '" + what + "': ";
            }
        }
    }

    /**
     * @param syntax the message's syntax, as its media type says
     * @param text   the message as received
     * @throws io.interdict.casework.domain.model.payment.PaymentMessageRefused when it cannot be screened
     */
    @Transactional
    public PartyScreening.Answer screen(PaymentMessageReader.Syntax syntax, String text, String requestedBy,
                                        Optional<String> idempotencyKey) {
        PaymentMessage message = reader.read(syntax, text);
        String fingerprint = Sha256.hex(text);
        Optional<PartyScreening.Answer> earlier = replays.earlier(requestedBy, idempotencyKey, fingerprint);
        if (earlier.isPresent()) {
            return earlier.get();
        }
        Instant now = clock.instant();
        UUID screeningId = UUID.randomUUID();
        ListsInForce lists = activeLists.inForce();
        Map<String, Found> found = new LinkedHashMap<>();
        message.fields().forEach(field -> screenField(field, lists, found));
        List<Alert> raised = found.values().stream().sorted(Comparator.comparingDouble((Found f) -> -f.hit.score()))
                .map(f -> alertOf(f, lists)).toList();

        ScreenedParty party = partyOf(message, found);
        CaseId caseId = raised.isEmpty() ? null : caseOpening.open(screeningId, party, raised, requestedBy, now);
        if (caseId != null) {
            attachments.attach(caseId, message.fileName(), Optional.of(message.type().mediaType()),
                    message.originalBytes(), Optional.of("the " + message.version() + " message as screened"),
                    requestedBy);
        }
        PartyScreening.Answer answer = answers.kept(screeningId, idempotencyKey, fingerprint, requestedBy, now, party,
                raised, caseId == null ? null : caseId.value(), lists);
        ScreeningOutcome outcome = answer.result().outcome();
        auditTrail.append(AuditRecord.of(requestedBy, AuditAction.PAYMENT_SCREENED, screeningId, "screened "
                        + message.version() + " " + message.reference() + " (" + message.amount() + ", "
                        + message.fields().size() + " fields): " + outcome + ", " + raised.size() + " alert(s)")
                .withStates(null, "outcome=" + outcome + (caseId == null ? "" : ", case=" + caseId)));
        return answer;
    }

    private void screenField(MessageField field, ListsInForce lists, Map<String, Found> found) {
        if (field.kind() == FieldKind.FREE_TEXT) {
            for (String span : FreeTextNameSpans.of(field.name())) {
                hits(ScreeningQuery.ofName(span), lists).stream().filter(FreeTextNameSpans::namesTheEntry)
                        .forEach(hit -> record(found, hit, field, field.path(), span));
            }
            return;
        }
        for (String name : field.names()) {
            ScreeningQuery query = ScreeningQuery.ofName(name);
            query = field.kind() == FieldKind.AGENT ? query.withType(EntityType.ENTITY) : query;
            query = field.country().isEmpty() ? query : query.withCountry(field.country());
            ScreeningQuery asked = query;
            hits(asked, lists).forEach(hit -> record(found, hit, field, field.namePath(), name));
        }
        Map<String, List<Identifier>> byPlace = field.identifiers().stream().collect(Collectors.groupingBy(
                LocatedIdentifier::path, LinkedHashMap::new, Collectors.mapping(LocatedIdentifier::identifier,
                        Collectors.toList())));
        byPlace.forEach((place, identifiers) -> {
            ScreeningQuery query = new ScreeningQuery("", Optional.empty(), Optional.empty(), Optional.empty(),
                    identifiers);
            hits(query, lists).forEach(hit -> record(found, hit, field, place, identifiers.get(0).value()));
        });
    }

    private static List<Hit> hits(ScreeningQuery query, ListsInForce lists) {
        return lists.screener().screen(query, ScreeningSettings.MAX_HITS, ScreeningSettings.threshold());
    }

    private static void record(Map<String, Found> found, Hit hit, MessageField field, String place, String what) {
        String key = hit.entry().source().key() + ":" + hit.entry().sourceId();
        found.computeIfAbsent(key, k -> new Found()).add(hit, field, place, what);
    }

    private Alert alertOf(Found found, ListsInForce lists) {
        return Alert.raisedBy(found.hit, activeLists.entryRef(found.hit, lists),
                AlertReasons.of(found.hit).foundAt(found.where), new ArrayList<>(found.places), found.text);
    }

    /**
     * The party the case is about: the party or bank of the strongest hit; for a hit in free text, the message's
     * first party with a name (the creditor or beneficiary side is not assumed: the hit may be on either).
     */
    private static ScreenedParty partyOf(PaymentMessage message, Map<String, Found> found) {
        Optional<Found> strongest = found.values().stream().max(Comparator.comparingDouble(f -> f.hit.score()))
                .filter(f -> f.field.kind() != FieldKind.FREE_TEXT);
        Optional<MessageField> field = strongest.map(f -> f.field)
                .or(() -> message.fields().stream().filter(f -> f.kind() == FieldKind.PARTY && !f.name().isEmpty())
                        .findFirst());
        String reference = clip("payment:" + message.version() + ":" + message.reference(), 200);
        if (field.isEmpty()) {
            return new ScreenedParty("payment " + message.reference(), null, null, null, null, reference, List.of());
        }
        MessageField chosen = field.get();
        List<Identifier> identifiers = chosen.identifiers().stream().map(LocatedIdentifier::identifier).distinct()
                .limit(1).toList();
        // the name as the hit read it: an MT name run on into its second line is the two lines
        String name = strongest.filter(f -> f.place.equals(chosen.namePath())).map(f -> f.text)
                .orElse(!chosen.name().isEmpty() ? chosen.name()
                        : identifiers.isEmpty() ? "payment " + message.reference() : identifiers.get(0).value());
        return new ScreenedParty(clip(name, 500), chosen.kind() == FieldKind.AGENT ? EntityType.ENTITY : null,
                chosen.country().length() == 2 ? chosen.country() : null, null, clip(chosen.address(), 1000),
                reference, identifiers);
    }

    private static String clip(String text, int max) {
        return text.length() > max ? text.substring(0, max) : text;
    }
}
