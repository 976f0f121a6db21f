package io.interdict.casework.domain.model.blocking;

import io.interdict.casework.domain.model.cases.CaseId;
import io.interdict.casework.domain.model.reporting.ReportedHolding;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The register of blocked property. */
public interface BlockedPropertyRegister {

    void add(BlockedProperty property);

    Optional<BlockedProperty> find(UUID id);

    /** The property a case blocked, oldest first. */
    List<BlockedProperty> ofCase(CaseId caseId);

    /** The entries held blocked at the end of the day ({@link BlockedProperty#heldOn}), oldest blocking first. */
    List<BlockedProperty> heldOn(LocalDate day);

    /** {@link #heldOn} as the annual report's Part B rows, as the entries stand now. */
    default List<ReportedHolding> holdingsOn(LocalDate day) {
        return heldOn(day).stream().map(BlockedProperty::asHeld).toList();
    }

    /** Entries by status, programme and blocking date, most recently blocked first; one page. */
    List<BlockedProperty> search(RegisterQuery query);

    /**
     * What a register listing asks for; every filter is optional.
     *
     * @param programme only property blocked for a target of this programme ({@code DPRK3})
     * @param from      blocked on this day or later
     * @param to        blocked on this day or earlier
     */
    record RegisterQuery(Optional<BlockedPropertyStatus> status, Optional<String> programme,
                         Optional<LocalDate> from, Optional<LocalDate> to, int page, int size) {
    }
}
