package io.interdict.casework.application;

import io.interdict.casework.domain.model.audit.AuditAction;
import io.interdict.casework.domain.model.audit.AuditRecord;
import io.interdict.casework.domain.model.audit.AuditTrail;
import io.interdict.casework.domain.model.cases.CaseCursor;
import io.interdict.casework.domain.model.cases.CaseId;
import io.interdict.casework.domain.model.cases.CaseSelection;
import io.interdict.casework.domain.model.cases.CaseStatus;
import io.interdict.casework.domain.model.cases.ScreeningCase;
import io.interdict.casework.domain.model.cases.ScreeningCaseRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Bulk export of case histories for an examiner: every case opened on the days asked for (optionally only in some
 * statuses), each with the complete history the single-case export gives, in one archive written while the cases are
 * read. Ten thousand cases must not need ten thousand cases in memory: the cases are read {@value #PAGE_SIZE} at a
 * time, in the order they were opened, each page in a transaction of its own that lets go of what it read when it
 * ends, and each case is handed to the archive before the next page is read.
 *
 * <p>The days are the institution's ({@link InstitutionProfile#zone()}), as every other date it reports; where no
 * institution is configured, UTC. A case opened after the export started is not in it: the archive holds what was on
 * record when it began, so the count the audit trail records is the count the archive holds (a case whose status
 * changes while the export runs can still leave or join a status filter).
 *
 * <p>Audited at the start: the event (who, the filter, how many cases it matched) is committed before the first
 * byte is sent, because the archive is written after the request has been answered and a download can be abandoned
 * at any point; one that breaks off adds a second event saying how far it got.
 */
@ApplicationScoped
public class CaseArchive {

    /** Cases read per transaction: large enough that paging costs little, small enough to hold easily. */
    static final int PAGE_SIZE = 200;

    @Inject
    ScreeningCaseRepository cases;

    @Inject
    CaseExports exports;

    @Inject
    AuditTrail auditTrail;

    @Inject
    RefusalRecorder outsideTransactions;

    @Inject
    InstitutionProfile profile;

    @Inject
    ArchiveFormat format;

    @Inject
    Clock clock;

    /**
     * A bulk export as it starts: what its audit event and its README say.
     *
     * @param id         the export's id, the subject of its audit events
     * @param from       the first day taken (a case's opening day)
     * @param to         the last day taken
     * @param zone       the zone the days are in
     * @param statuses   the statuses taken; empty for all
     * @param selection  the cases taken, as instants
     * @param matched    how many cases the selection took when the export started
     */
    public record Archive(UUID id, LocalDate from, LocalDate to, ZoneId zone, Set<CaseStatus> statuses,
                          CaseSelection selection, long matched, String exportedBy, Instant exportedAt) {

        /** The filter as a person reads it. */
        public String filter() {
            return "cases opened from " + from + " to " + to + " (days in " + zone + "), status "
                    + (statuses.isEmpty() ? "any" : statuses.stream().sorted().map(Enum::name)
                    .collect(Collectors.joining(" or ")));
        }
    }

    /**
     * One case as it goes into the archive: what its manifest line says, and its history as written.
     *
     * @param history the case's history as the single-case JSON export writes it
     */
    public record ArchivedCase(CaseId id, String partyName, CaseStatus status, Instant openedAt, int alerts,
                               int auditEvents, byte[] history) {
    }

    /**
     * Starts a bulk export: counts the cases the filter takes and records who exports which, committed before any
     * case is written.
     *
     * @param statuses the statuses taken; empty for all
     */
    @Transactional
    public Archive open(LocalDate from, LocalDate to, Set<CaseStatus> statuses, String user) {
        if (from.isAfter(to)) {
            throw new IllegalArgumentException("from " + from + " is after to " + to);
        }
        Instant now = clock.instant();
        ZoneId zone = zone();
        Instant start = from.atStartOfDay(zone).toInstant();
        Instant end = to.plusDays(1).atStartOfDay(zone).toInstant();
        // what was on record when the export began; a span that begins later takes nothing
        Instant before = end.isAfter(now) ? (now.isAfter(start) ? now : start) : end;
        Set<CaseStatus> taken = statuses.isEmpty() ? Set.of() : EnumSet.copyOf(statuses);
        CaseSelection selection = new CaseSelection(start, before, taken);
        Archive archive = new Archive(UUID.randomUUID(), from, to, zone, taken, selection, cases.count(selection),
                user, now);
        auditTrail.append(AuditRecord.of(user, AuditAction.CASES_EXPORTED, archive.id(), "bulk export of "
                + archive.matched() + " case histories as a ZIP: " + archive.filter()));
        return archive;
    }

    /**
     * Writes the archive to {@code out}, page by page, outside any transaction of its own (each page read is one), so
     * that a slow download holds no database connection between pages. If it breaks off, that is audited and the
     * failure passed on.
     *
     * @param history the case's history as it goes into the archive, written inside the page's transaction
     * @return how many cases were written
     */
    public int write(Archive archive, Function<CaseExports.CaseRecord, byte[]> history, OutputStream out)
            throws IOException {
        Objects.requireNonNull(history, "history");
        int written = 0;
        try (ArchiveFormat.Sink sink = format.open(archive, out)) {
            Optional<CaseCursor> after = Optional.empty();
            while (true) {
                CaseExports.HistoryPage<ArchivedCase> page = exports.histories(archive.selection(), after, PAGE_SIZE,
                        archive.exportedAt(), archive.exportedBy(), r -> archived(r, history.apply(r)));
                for (ArchivedCase archived : page.histories()) {
                    sink.add(archived);
                    written++;
                }
                if (page.histories().size() < PAGE_SIZE) {
                    break;
                }
                after = page.last();
            }
            sink.finish(written);
            return written;
        } catch (IOException | RuntimeException e) {
            outsideTransactions.record(AuditRecord.of(archive.exportedBy(), AuditAction.CASES_EXPORT_ABORTED,
                    archive.id(), "bulk export broke off after " + written + " of " + archive.matched()
                            + " case histories: " + e));
            throw e;
        }
    }

    private static ArchivedCase archived(CaseExports.CaseRecord record, byte[] history) {
        ScreeningCase c = record.screeningCase();
        return new ArchivedCase(c.id(), c.party().name(), c.status(), c.createdAt(), c.alerts().size(),
                record.auditTrail().size(), history);
    }

    private ZoneId zone() {
        return profile.zoneOrUtc();
    }
}
