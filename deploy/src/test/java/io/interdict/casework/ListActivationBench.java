package io.interdict.casework;

import static io.interdict.casework.CaseworkApi.get;
import static io.interdict.casework.CaseworkApi.json;
import static io.interdict.casework.CaseworkApi.post;
import static io.interdict.casework.CaseworkApi.upload;
import static org.assertj.core.api.Assertions.assertThat;

import io.interdict.platform.environment.DeployedApplication;
import io.interdict.platform.environment.PlatformTest;
import io.interdict.platform.environment.TestEnvironment;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Putting a new SDN version in force over a bank's book of stored parties: 100,000 screened parties (persons and
 * companies of many naming traditions, a few hundred of them written like the entries the new version adds), then
 * an upload of the SDN set of 2023-12-28 brought up to the designations and delistings of the 2024-05-03 primary
 * file (some 1,100 real entries added, the real delistings removed with their addresses and aliases), its
 * activation, and the delta re-screening it starts. Prints the time to read and diff the upload, to build and swap
 * the index, and for the re-screening to finish, with how many parties it read and how many it re-screened.
 *
 * <p>A benchmark, not part of the test run (its name does not end in IT): {@code bin/interdict test
 * -Dit.test=ListActivationBench -pl deploy}; {@code -Dinterdict.bench.parties=N} for another book size.
 */
@PlatformTest
class ListActivationBench extends DeployedApplication {

    private static final int PARTIES = Integer.getInteger("interdict.bench.parties", 100_000);
    private static final String SDN = "/api/lists/us-ofac-sdn/versions";

    private static SdnVersionFiles newVersion;
    private static List<String> addedNames;

    @BeforeAll
    static void seedTheBook() throws Exception {
        newVersion = sdnWithTheDesignationsOf2024();
        Instant begin = Instant.now();
        seed(PARTIES, addedNames);
        System.out.printf("[list-activation] seeded %,d stored parties in %d s%n", PARTIES,
                Duration.between(begin, Instant.now()).toSeconds());
    }

    @Test
    void aNewSdnVersionIsDiffedSwappedAndTheBookDeltaRescreened() throws Exception {
        long start = System.nanoTime();
        HttpResponse<String> created = upload("admin", SDN + "?version=2024-05-03_bench", "application/zip",
                newVersion.zip());
        long uploadMillis = (System.nanoTime() - start) / 1_000_000;
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        JsonObject version = json(created);
        JsonObject diff = version.getJsonObject("diff");

        start = System.nanoTime();
        HttpResponse<String> activated = post("admin", SDN + "/" + version.getString("versionId") + "/activate", "");
        long activationMillis = (System.nanoTime() - start) / 1_000_000;
        assertThat(activated.statusCode()).as(activated.body()).isEqualTo(202);
        JsonObject activation = json(activated);
        JsonObject run = completed(activation.getString("rescreeningId"));

        System.out.printf("[list-activation] upload (read, validate, diff, store) %,d ms: %d added, %d changed,"
                        + " %d removed, %d entries%n", uploadMillis, diff.getInt("added"), diff.getInt("changed"),
                diff.getInt("removed"), version.getInt("entries"));
        System.out.printf("[list-activation] activation answered in %,d ms, of which the new index %,d ms%n",
                activationMillis, activation.getJsonNumber("indexMillis").longValue());
        long scanMillis = Duration.between(Instant.parse(run.getString("startedAt")),
                Instant.parse(run.getString("scannedAt"))).toMillis();
        System.out.printf("[list-activation] delta re-screening %s in %,d ms (scan %,d ms): %,d stored parties read,"
                        + " %,d could match and were re-screened, %,d new hits, %,d cases opened, %,d open cases"
                        + " noted%n", run.getString("status"), run.getJsonNumber("elapsedMillis").longValue(),
                scanMillis, run.getInt("scanned"), run.getInt("total"), run.getInt("hits"), run.getInt("casesOpened"),
                run.getInt("casesNoted"));
        assertThat(run.getInt("scanned")).isGreaterThanOrEqualTo(PARTIES);
        assertThat(run.getInt("casesOpened")).as("the parties written like added entries").isPositive();
        assertThat(run.getInt("total")).as("only the parties that could match").isLessThan(PARTIES / 10);
    }

    private static JsonObject completed(String id) throws Exception {
        long deadline = System.nanoTime() + Duration.ofMinutes(30).toNanos();
        while (System.nanoTime() < deadline) {
            JsonObject run = json(get("admin", "/api/rescreenings/" + id));
            if (!run.getString("status").equals("SCANNING") && !run.getString("status").equals("SCREENING")) {
                return run;
            }
            Thread.sleep(1000);
        }
        throw new AssertionError("the re-screening did not end within 30 minutes");
    }

    /**
     * The 2023-12-28 set with the entries of the 2024-05-03 primary file it lacks added, and those it no longer
     * holds removed (their address and alias rows with them); {@link #addedNames} the names of the added ones.
     */
    private static SdnVersionFiles sdnWithTheDesignationsOf2024() {
        SdnVersionFiles old = SdnVersionFiles.of("2023-12-28");
        List<String> later = SdnVersionFiles.lines(Path.of(System.getProperty("interdict.lists.dir"), "ofac_sdn",
                "2024-05-03", "sdn.csv"));
        Set<String> oldIds = new HashSet<>();
        old.file("sdn.csv").forEach(row -> oldIds.add(SdnVersionFiles.entryNumber(row)));
        Set<String> laterIds = new HashSet<>();
        later.forEach(row -> laterIds.add(SdnVersionFiles.entryNumber(row)));
        SdnVersionFiles files = old.copy().without(id -> !laterIds.contains(id));
        addedNames = new ArrayList<>();
        for (String row : later) {
            if (!oldIds.contains(SdnVersionFiles.entryNumber(row))) {
                files.file("sdn.csv").add(row);
                addedNames.add(row.substring(row.indexOf('"') + 1, row.indexOf("\",")));
            }
        }
        return files;
    }

    /** The book: generated customers, and every 400th written like an entry the new version adds. */
    private static void seed(int parties, List<String> likeAdded) throws Exception {
        Random random = new Random(42);
        Instant at = Instant.parse("2026-01-01T00:00:00Z");
        try (Connection db = TestEnvironment.database().connect(); PreparedStatement insert = db.prepareStatement(
                "INSERT INTO screening_request (id, request_fingerprint, requested_by, requested_at, party_name,"
                        + " party_type, party_country, party_birth_date, party_reference, outcome, result)"
                        + " VALUES (?, ?, 'bench', ?, ?, ?, ?, ?, ?, 'CLEAR', '{}')")) {
            db.setAutoCommit(false);
            for (int i = 0; i < parties; i++) {
                boolean company = random.nextInt(100) < 45;
                String name = i % 400 == 0 ? likeAdded.get(random.nextInt(likeAdded.size()))
                        : company ? GeneratedNames.company(random) : GeneratedNames.person(random);
                boolean typed = random.nextBoolean();
                insert.setObject(1, UUID.randomUUID());
                insert.setString(2, "0".repeat(64));
                insert.setTimestamp(3, Timestamp.from(at.plusSeconds(i * 60L)));
                insert.setString(4, name);
                insert.setString(5, typed ? (company ? "ENTITY" : "INDIVIDUAL") : null);
                insert.setString(6, typed ? GeneratedNames.country(random) : null);
                insert.setString(7, typed && !company ? (1940 + random.nextInt(60)) + "-0" + (1 + random.nextInt(9))
                        + "-1" + random.nextInt(10) : null);
                insert.setString(8, "BOOK-" + i);
                insert.addBatch();
                if (i % 1000 == 999) {
                    insert.executeBatch();
                    db.commit();
                }
            }
            insert.executeBatch();
            db.commit();
            db.setAutoCommit(true);
            try (Statement sql = db.createStatement()) {
                sql.execute("VACUUM ANALYZE screening_request");
            }
        }
    }
}
