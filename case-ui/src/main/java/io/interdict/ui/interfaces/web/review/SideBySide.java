package io.interdict.ui.interfaces.web.review;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import io.interdict.casework.application.ScreeningResult;
import io.interdict.casework.application.TradeScreening;
import io.interdict.screening.domain.model.entry.Address;
import io.interdict.screening.domain.model.entry.EntryName;
import io.interdict.screening.domain.model.entry.Identifier;
import io.interdict.screening.domain.model.entry.ListEntry;
import io.interdict.screening.domain.model.entry.NameStrength;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The screened party and the hit's list entry, field by field in two columns, the matched words marked on both
 * sides. The entry's facts come from the list version in force; the row "List version" says when the hit was
 * screened against an earlier one.
 */
public class SideBySide extends Div {

    public SideBySide(CaseReview.Party party, CaseReview.HitReview review) {
        setId("side-by-side");
        addClassName("side-by-side");
        ScreeningResult.HitView hit = review.hit();
        Set<String> queryTokens = hit.tokens().stream().map(ScreeningResult.TokenView::queryToken)
                .collect(Collectors.toSet());
        Set<String> listTokens = hit.tokens().stream().map(ScreeningResult.TokenView::listToken)
                .collect(Collectors.toSet());
        Optional<ListEntry> entry = review.entry().map(e -> e.entry());
        header();
        // a payment message's hit may come from another field than the case's party: its own words, and where
        row("name", "Name", MarkedText.of(hit.foundText() != null ? hit.foundText() : party.name(), queryTokens),
                names(hit, entry, listTokens));
        if (hit.foundIn() != null) {
            row("found-in", "Found in the message", lines(hit.foundIn()), none());
        }
        row("type", "Type", text(party.type()), text(Optional.ofNullable(hit.entityType())));
        row("birth", "Date of birth", text(party.birthDate()),
                text(entry.map(e -> joined(e.birthDates().stream().map(Object::toString)))));
        row("country", "Nationality · country", text(party.country()),
                text(entry.map(e -> joined(Stream.concat(e.nationalities().stream().sorted(),
                        e.addresses().stream().map(Address::countryCode).filter(c -> c != null && !c.isBlank()))
                        .distinct()))));
        row("identifiers", "Identifiers", lines(party.identifiers()),
                lines(entry.map(e -> e.identifiers().stream().map(SideBySide::identifier).toList()).orElse(List.of())));
        row("address", "Addresses", text(party.address()),
                lines(entry.map(e -> e.addresses().stream().map(Address::oneLine).toList()).orElse(List.of())));
        row("programmes", "Programmes", none(), text(Optional.of(String.join(", ", hit.programmes()))));
        row("list", "List", none(), text(Optional.of(hit.source())));
        row("entry-id", "Entry id", none(), text(Optional.of(hit.sourceId())));
        row("list-version", "List version", none(), version(review));
        entry.filter(e -> !e.remarks().isBlank()).ifPresent(e -> row("remarks", "Remarks", none(),
                text(Optional.of(e.remarks()))));
    }

    private void header() {
        add(cell("", "head"), cell("Screened party", "head"), cell("List entry", "head"));
    }

    private void row(String id, String label, Component party, Component entry) {
        var name = cell(label, "label");
        party.getElement().setAttribute("id", "party-" + id);
        entry.getElement().setAttribute("id", "entry-" + id);
        party.addClassName("value");
        entry.addClassName("value");
        add(name, party, entry);
    }

    /** The name that matched, marked, then the entry's other names with their strength. */
    private static Component names(ScreeningResult.HitView hit, Optional<ListEntry> entry, Set<String> tokens) {
        var names = new Div();
        names.add(line(MarkedText.of(hit.matchedName(), tokens), "matched"));
        entry.ifPresent(e -> e.names().stream().filter(n -> !n.text().equals(hit.matchedName()))
                .forEach(n -> names.add(line(MarkedText.of(n.text(), tokens), strength(n)))));
        return names;
    }

    private static Div line(Span name, String strength) {
        var badge = new Span(strength);
        badge.getElement().getThemeList().add("badge small" + (strength.equals("weak") ? " contrast" : ""));
        badge.addClassName("name-strength");
        var line = new Div(name, badge);
        line.addClassName("name-line");
        return line;
    }

    private static String strength(EntryName name) {
        return name.strength() == NameStrength.PRIMARY ? "primary"
                : name.strength() == NameStrength.STRONG ? "strong alias" : "weak";
    }

    private static Component version(CaseReview.HitReview review) {
        String inForce = review.entry().map(e -> e.version()).orElse(null);
        if (TradeScreening.RED_FLAGS.equals(review.hit().source())) {
            return text(Optional.of("red-flag rulebook " + review.screenedAgainst() + " (a rule's finding, not a list"
                    + " entry)"));
        }
        if (inForce == null) {
            return text(Optional.of("screened against " + review.screenedAgainst()
                    + "; the entry is not in the list in force (removed since?)"));
        }
        if (inForce.equals(review.screenedAgainst())) {
            return text(Optional.of(review.screenedAgainst()));
        }
        return text(Optional.of("screened against " + review.screenedAgainst() + "; shown as in " + inForce));
    }

    private static String identifier(Identifier i) {
        String detail = Stream.of(i.qualifier(), i.country()).filter(s -> s != null && !s.isBlank())
                .collect(Collectors.joining(", "));
        return i.type().name() + " " + i.value() + (detail.isEmpty() ? "" : " (" + detail + ")");
    }

    private static Div cell(String text, String kind) {
        var cell = new Div();
        cell.setText(text);
        cell.addClassName(kind);
        return cell;
    }

    private static Component text(Optional<String> value) {
        var span = new Div();
        span.setText(value.filter(v -> !v.isBlank()).orElse("—"));
        return span;
    }

    private static Component none() {
        return text(Optional.empty());
    }

    private static Component lines(List<String> values) {
        if (values.isEmpty()) {
            return none();
        }
        var div = new Div();
        values.forEach(v -> {
            var line = new Div();
            line.setText(v);
            div.add(line);
        });
        return div;
    }

    private static String joined(Stream<String> values) {
        return values.collect(Collectors.joining(", "));
    }
}
