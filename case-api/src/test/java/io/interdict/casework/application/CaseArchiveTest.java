package io.interdict.casework.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.interdict.casework.domain.model.audit.AuditAction;
import io.interdict.casework.domain.model.audit.AuditRecord;
import io.interdict.casework.domain.model.cases.CaseId;
import io.interdict.casework.domain.model.cases.CaseStatus;
import io.interdict.casework.domain.model.cases.EscalationOutcome;
import io.interdict.screening.domain.model.entry.EntityType;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The bulk export of case histories, in memory: which cases, in which order, page by page, and its audit. */
class CaseArchiveTest {

    /** Keeps what the archive is given; can fail after some cases, as a download that is abandoned does. */
    private static final class RecordingFormat implements ArchiveFormat {
        final List<CaseArchive.ArchivedCase> added = new ArrayList<>();
        int finished = -1;
        boolean closed;
        int failAfter = Integer.MAX_VALUE;

        @Override
        public Sink open(CaseArchive.Archive archive, OutputStream out) {
            return new Sink() {
                @Override
                public void add(CaseArchive.ArchivedCase archivedCase) throws IOException {
                    if (added.size() == failAfter) {
                        throw new IOException("Broken pipe");
                    }
                    added.add(archivedCase);
                }

                @Override
                public void finish(int written) {
                    finished = written;
                }

                @Override
                public void close() {
                    closed = true;
                }
            };
        }
    }

    /** The test moves its clock, so that cases open on different days. */
    private final InMemoryCasework casework = new InMemoryCasework(Instant.parse("2026-11-29T12:00:00Z"));
    private final RecordingFormat format = new RecordingFormat();
    private final CaseArchive archive = archive();

    private CaseArchive archive() {
        CaseExports exports = casework.exports();
        RefusalRecorder outside = new RefusalRecorder();
        outside.auditTrail = casework.trail;
        CaseArchive archive = new CaseArchive();
        archive.cases = casework.cases;
        archive.exports = exports;
        archive.auditTrail = casework.trail;
        archive.outsideTransactions = outside;
        archive.profile = new InMemoryCasework.DemoBank();
        archive.format = format;
        archive.clock = casework.clock;
        return archive;
    }

    private CaseId openedAt(String instant) {
        casework.clock.set(Instant.parse(instant));
        return new CaseId(casework.screening.screen(new ScreeningCommand(InMemoryCasework.KOMID,
                Optional.of(EntityType.ENTITY), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.of("CUST-" + instant), List.of()), "service", Optional.empty()).result().caseId());
    }

    private List<CaseId> exported(LocalDate from, LocalDate to, Set<CaseStatus> statuses) throws IOException {
        CaseArchive.Archive opened = archive.open(from, to, statuses, "auditor");
        archive.write(opened, r -> r.screeningCase().id().toString().getBytes(StandardCharsets.UTF_8),
                new ByteArrayOutputStream());
        return format.added.stream().map(CaseArchive.ArchivedCase::id).toList();
    }

    @Test
    void theDaysAreTheInstitutionsBothIncludedAndCasesComeInTheOrderTheyWereOpened() throws IOException {
        openedAt("2026-11-30T04:59:59Z"); // 29 November, 23:59:59 in New York
        CaseId first = openedAt("2026-11-30T05:00:00Z"); // 30 November, midnight in New York
        CaseId second = openedAt("2026-11-30T15:00:00Z");
        CaseId third = openedAt("2026-12-01T04:59:59.999999Z"); // 30 November, the last microsecond in New York
        openedAt("2026-12-01T05:00:00Z"); // 1 December in New York
        casework.clock.set(Instant.parse("2026-12-02T09:00:00Z"));

        assertThat(exported(LocalDate.parse("2026-11-30"), LocalDate.parse("2026-11-30"), Set.of()))
                .containsExactly(first, second, third);
        assertThat(format.finished).isEqualTo(3);
        assertThat(format.closed).isTrue();
        assertThat(format.added.get(0).history()).asString(StandardCharsets.UTF_8).isEqualTo(first.toString());
        assertThat(format.added.get(0).alerts()).isEqualTo(1);
        assertThat(format.added.get(0).auditEvents()).isEqualTo(2);
        assertThat(format.added.get(0).partyName()).isEqualTo(InMemoryCasework.KOMID);
    }

    @Test
    void moreCasesThanAPageAreReadPageByPageEachOnce() throws IOException {
        List<CaseId> opened = new ArrayList<>();
        for (int i = 0; i < CaseArchive.PAGE_SIZE * 2 + 17; i++) {
            // every three cases share an opening time: the id breaks the tie, none is read twice or lost
            opened.add(openedAt(Instant.parse("2026-11-30T12:00:00Z").plusSeconds(i / 3).toString()));
        }
        casework.clock.set(Instant.parse("2026-12-02T09:00:00Z"));

        List<CaseId> exported = exported(LocalDate.parse("2026-11-30"), LocalDate.parse("2026-11-30"), Set.of());

        assertThat(exported).hasSize(opened.size()).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(opened);
    }

    @Test
    void aStatusFilterTakesOnlyCasesInThoseStatuses() throws IOException {
        casework.clock.set(Instant.parse("2026-11-30T15:00:00Z"));
        CaseId blocked = casework.decided(EscalationOutcome.BLOCK, "CUST-B");
        casework.clock.set(Instant.parse("2026-11-30T15:05:00Z")); // cases opened at one instant come in id order
        CaseId rejected = casework.decided(EscalationOutcome.REJECT, "CUST-R");
        openedAt("2026-11-30T16:00:00Z");

        assertThat(exported(LocalDate.parse("2026-11-30"), LocalDate.parse("2026-11-30"),
                Set.of(CaseStatus.BLOCK_APPROVED, CaseStatus.REJECT_APPROVED))).containsExactly(blocked, rejected);
    }

    @Test
    void theExportIsAuditedWhenItStartsWithWhoTheFilterAndTheCountAndACaseOpenedLaterIsNotInIt() throws IOException {
        openedAt("2026-11-30T15:00:00Z");
        casework.clock.set(Instant.parse("2026-11-30T15:10:00Z"));
        CaseArchive.Archive opened = archive.open(LocalDate.parse("2026-11-30"), LocalDate.parse("2026-11-30"),
                Set.of(CaseStatus.IN_TRIAGE), "auditor");

        AuditRecord started = casework.trail.records.get(casework.trail.records.size() - 1);
        assertThat(started.action()).isEqualTo(AuditAction.CASES_EXPORTED);
        assertThat(started.actor()).isEqualTo("auditor");
        assertThat(started.subjectType()).isEqualTo("CaseArchive");
        assertThat(started.subjectId()).isEqualTo(opened.id().toString());
        assertThat(started.detail()).isEqualTo("bulk export of 1 case histories as a ZIP: cases opened from"
                + " 2026-11-30 to 2026-11-30 (days in America/New_York), status IN_TRIAGE");

        openedAt("2026-11-30T15:30:00Z");
        archive.write(opened, r -> new byte[0], new ByteArrayOutputStream());
        assertThat(format.added).hasSize(1);
        assertThat(casework.trail.records).extracting(AuditRecord::action).doesNotContain(AuditAction.CASES_EXPORT_ABORTED);
    }

    @Test
    void aDownloadThatBreaksOffIsAuditedWithHowFarItGot() {
        for (int i = 0; i < 5; i++) {
            openedAt("2026-11-30T15:00:0" + i + "Z");
        }
        casework.clock.set(Instant.parse("2026-12-02T09:00:00Z"));
        format.failAfter = 3;
        CaseArchive.Archive opened = archive.open(LocalDate.parse("2026-11-30"), LocalDate.parse("2026-11-30"),
                Set.of(), "auditor");

        assertThatThrownBy(() -> archive.write(opened, r -> new byte[0], new ByteArrayOutputStream()))
                .isInstanceOf(IOException.class).hasMessage("Broken pipe");

        AuditRecord aborted = casework.trail.records.get(casework.trail.records.size() - 1);
        assertThat(aborted.action()).isEqualTo(AuditAction.CASES_EXPORT_ABORTED);
        assertThat(aborted.subjectId()).isEqualTo(opened.id().toString());
        assertThat(aborted.detail()).startsWith("bulk export broke off after 3 of 5 case histories")
                .contains("Broken pipe");
        assertThat(format.closed).isTrue();
        assertThat(format.finished).isEqualTo(-1);
    }

    @Test
    void aSpanThatBeginsAfterNowTakesNothingAndFromAfterToIsRefused() throws IOException {
        casework.clock.set(Instant.parse("2026-11-30T15:00:00Z"));
        assertThat(exported(LocalDate.parse("2026-12-05"), LocalDate.parse("2026-12-06"), Set.of())).isEmpty();
        assertThat(format.finished).isZero();
        assertThatThrownBy(() -> archive.open(LocalDate.parse("2026-12-06"), LocalDate.parse("2026-12-05"), Set.of(),
                "auditor")).isInstanceOf(IllegalArgumentException.class);
    }
}
