package io.interdict.casework.infrastructure.exports;

import io.interdict.casework.application.ArchiveFormat;
import io.interdict.casework.application.CaseArchive;
import io.interdict.casework.application.SpreadsheetText;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * A bulk export as a ZIP: {@code README.txt} first (the filter, who exported it and when, how to check it), then
 * {@code cases/<caseId>.json} per case (the single-case JSON export's view), then {@code manifest.csv}, one line per
 * case with the SHA-256 of its entry. The manifest's lines are spooled to a temporary file while the cases stream
 * past, so that memory holds one case, not the manifest of ten thousand; its cells go through
 * {@link SpreadsheetText} as every CSV export's do, since a party's name is whatever the screened system sent.
 */
@ApplicationScoped
public class ZipCaseArchive implements ArchiveFormat {

    static final String[] MANIFEST_HEADER = {"case_id", "party_name", "status", "opened_at", "alerts",
        "audit_events", "sha256", "entry"};

    @Override
    public Sink open(CaseArchive.Archive archive, OutputStream out) throws IOException {
        return new ZipSink(archive, out);
    }

    private static final class ZipSink implements Sink {

        private final CaseArchive.Archive archive;
        private final ZipOutputStream zip;
        private final Path manifestFile;
        private final CSVPrinter manifest;

        ZipSink(CaseArchive.Archive archive, OutputStream out) throws IOException {
            this.archive = archive;
            this.zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
            this.manifestFile = Files.createTempFile("interdict-manifest-", ".csv");
            Writer spool = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(manifestFile),
                    StandardCharsets.UTF_8));
            spool.write('\uFEFF');
            this.manifest = new CSVPrinter(spool, CSVFormat.RFC4180.builder().setHeader(MANIFEST_HEADER).get());
            entry("README.txt", readme(archive).getBytes(StandardCharsets.UTF_8));
        }

        @Override
        public void add(CaseArchive.ArchivedCase c) throws IOException {
            String name = "cases/" + c.id() + ".json";
            entry(name, c.history());
            manifest.printRecord(safe(c.id().toString()), safe(c.partyName()), safe(c.status().name()),
                    safe(c.openedAt().toString()), c.alerts(), c.auditEvents(), sha256(c.history()), safe(name));
        }

        @Override
        public void finish(int written) throws IOException {
            manifest.close();
            zip.putNextEntry(new ZipEntry("manifest.csv"));
            Files.copy(manifestFile, zip);
            zip.closeEntry();
            zip.setComment(written + " case histories; " + archive.filter());
            zip.finish();
            zip.flush();
        }

        @Override
        public void close() throws IOException {
            try {
                manifest.close();
            } finally {
                Files.deleteIfExists(manifestFile);
            }
        }

        private void entry(String name, byte[] content) throws IOException {
            zip.putNextEntry(new ZipEntry(name));
            zip.write(content);
            zip.closeEntry();
        }
    }

    static String readme(CaseArchive.Archive archive) {
        return """
                Interdict - bulk export of case histories

                Export id:    %s
                Filter:       %s
                Opened from:  %s (inclusive)
                Opened before: %s (exclusive; cases opened after the export started are not in it)
                Exported by:  %s
                Exported at:  %s
                Cases:        %d matched when the export started

                cases/<case id>.json  each case's complete history, as GET /api/cases/{id}/export?format=json gives
                                      it (howToVerify in each says how to recompute its audit events' hashes)
                manifest.csv          one line per case: id, party name, status, opening time, alerts, audit
                                      events, and the SHA-256 of its JSON entry (check with: sha256sum cases/*.json);
                                      cells that a spreadsheet would read as a formula begin with an apostrophe

                The export is on the audit trail as CASES_EXPORTED about CaseArchive %s.
                """.formatted(archive.id(), archive.filter(), archive.selection().openedFrom(),
                archive.selection().openedBefore(), archive.exportedBy(), archive.exportedAt(), archive.matched(),
                archive.id());
    }

    private static String safe(String text) {
        return SpreadsheetText.safe(text);
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
