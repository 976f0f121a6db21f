package io.interdict.casework.infrastructure.exports;

import static org.assertj.core.api.Assertions.assertThat;

import io.interdict.casework.application.ArchiveFormat;
import io.interdict.casework.application.CaseArchive;
import io.interdict.casework.domain.model.cases.CaseId;
import io.interdict.casework.domain.model.cases.CaseSelection;
import io.interdict.casework.domain.model.cases.CaseStatus;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

/** The ZIP a bulk export writes: README first, one entry per case, the manifest last with formula cells made safe. */
class ZipCaseArchiveTest {

    private static final CaseArchive.Archive ARCHIVE = new CaseArchive.Archive(UUID.randomUUID(),
            LocalDate.parse("2026-11-30"), LocalDate.parse("2026-12-01"), ZoneId.of("America/New_York"),
            Set.of(CaseStatus.CLOSED_FALSE_POSITIVE), new CaseSelection(Instant.parse("2026-11-30T05:00:00Z"),
            Instant.parse("2026-12-02T05:00:00Z"), Set.of(CaseStatus.CLOSED_FALSE_POSITIVE)), 2, "auditor",
            Instant.parse("2026-12-02T09:00:00Z"));

    private static Map<String, byte[]> unzip(byte[] zip) throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                entries.put(e.getName(), in.readAllBytes());
            }
        }
        return entries;
    }

    @Test
    void theArchiveHoldsTheReadmeEachCaseAndAManifestWithEachEntrysHashAndNoFormulaCells() throws Exception {
        CaseId plain = CaseId.random();
        CaseId formula = CaseId.random();
        byte[] plainHistory = "{\"case\":1}".getBytes(StandardCharsets.UTF_8);
        byte[] formulaHistory = "{\"case\":2}".getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ArchiveFormat.Sink sink = new ZipCaseArchive().open(ARCHIVE, out)) {
            sink.add(new CaseArchive.ArchivedCase(plain, "Harriet Pemberton-Ashworth", CaseStatus.CLOSED_FALSE_POSITIVE,
                    Instant.parse("2026-11-30T15:00:00Z"), 1, 4, plainHistory));
            sink.add(new CaseArchive.ArchivedCase(formula, "=HYPERLINK(\"http://x\")", CaseStatus.CLOSED_FALSE_POSITIVE,
                    Instant.parse("2026-12-01T15:00:00Z"), 2, 6, formulaHistory));
            sink.finish(2);
        }

        Map<String, byte[]> entries = unzip(out.toByteArray());
        assertThat(entries.keySet()).containsExactly("README.txt", "cases/" + plain + ".json",
                "cases/" + formula + ".json", "manifest.csv");
        assertThat(entries.get("cases/" + formula + ".json")).isEqualTo(formulaHistory);
        assertThat(new String(entries.get("README.txt"), StandardCharsets.UTF_8))
                .contains(ARCHIVE.id().toString(), "Exported by:  auditor", "2026-12-02T09:00:00Z",
                        "cases opened from 2026-11-30 to 2026-12-01 (days in America/New_York), status"
                                + " CLOSED_FALSE_POSITIVE", "2 matched");

        String manifest = new String(entries.get("manifest.csv"), StandardCharsets.UTF_8);
        assertThat(manifest).startsWith("\uFEFFcase_id,party_name,status,opened_at,alerts,audit_events,sha256,entry");
        List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(manifest.substring(1))).getRecords();
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0).get("party_name")).isEqualTo("Harriet Pemberton-Ashworth");
        assertThat(rows.get(0).get("sha256")).isEqualTo(HexFormat.of().formatHex(
                MessageDigest.getInstance("SHA-256").digest(plainHistory)));
        assertThat(rows.get(1).get("case_id")).isEqualTo(formula.toString());
        assertThat(rows.get(1).get("party_name")).isEqualTo("'=HYPERLINK(\"http://x\")");
        assertThat(rows.get(1).get("alerts")).isEqualTo("2");
        assertThat(rows.get(1).get("audit_events")).isEqualTo("6");
        assertThat(rows.get(1).get("entry")).isEqualTo("cases/" + formula + ".json");
    }

    @Test
    void anArchiveThatBreaksOffLeavesNoTemporaryManifestBehind() throws Exception {
        long before = manifestsInTemp();
        try (ArchiveFormat.Sink sink = new ZipCaseArchive().open(ARCHIVE, new ByteArrayOutputStream())) {
            sink.add(new CaseArchive.ArchivedCase(CaseId.random(), "X", CaseStatus.CLOSED_FALSE_POSITIVE,
                    Instant.parse("2026-11-30T15:00:00Z"), 1, 1, new byte[0]));
        }
        assertThat(manifestsInTemp()).isEqualTo(before);
    }

    private static long manifestsInTemp() throws IOException {
        try (var files = java.nio.file.Files.list(java.nio.file.Path.of(System.getProperty("java.io.tmpdir")))) {
            return files.filter(f -> f.getFileName().toString().startsWith("interdict-manifest-")).count();
        }
    }
}
