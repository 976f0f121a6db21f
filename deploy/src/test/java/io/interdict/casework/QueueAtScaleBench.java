package io.interdict.casework;

import static io.interdict.casework.CaseworkApi.get;
import static org.assertj.core.api.Assertions.assertThat;

import io.interdict.platform.environment.Browser;
import io.interdict.platform.environment.DeployedApplication;
import io.interdict.platform.environment.PlatformTest;
import io.interdict.platform.environment.TestEnvironment;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * The browser's queue and review with a bank's history in the database: one million cases (the statuses, queues,
 * priorities and two years of opening times of {@code deploy/src/bench/casework/seed-cases.sql}). It prints the
 * first render of the queue, the opening of a case review, and the page fetches the grid makes while scrolling
 * deep (the same case search, through {@code GET /api/cases?page=…}), as p50/p95.
 *
 * <p>A benchmark, not part of the test run (its name does not end in IT): {@code bin/interdict test
 * -Dit.test=QueueAtScaleBench -pl deploy}. Seeding takes a minute or two. Targets (issue 10): first render < 1 s,
 * review open < 500 ms, page fetch p95 < 200 ms.
 */
@PlatformTest
class QueueAtScaleBench extends DeployedApplication {

    private static final int CASES = Integer.getInteger("interdict.bench.cases", 1_000_000);
    private static final int ROUNDS = 15;
    private static final int PAGE_FETCHES = 200;

    @BeforeAll
    static void seedAMillionCases() throws Exception {
        Instant begin = Instant.now();
        String seed = Files.readString(Path.of("src/bench/casework/seed-cases.sql")).replace(":cases",
                String.valueOf(CASES));
        try (Connection db = TestEnvironment.database().connect(); Statement sql = db.createStatement()) {
            for (String statement : seed.split(";\\s*\\n")) {
                String body = statement.lines().filter(l -> !l.strip().startsWith("--")).reduce("", (a, b) -> a + "\n" + b);
                if (!body.isBlank()) {
                    sql.execute(body);
                }
            }
            sql.execute("VACUUM ANALYZE screening_case");
            sql.execute("VACUUM ANALYZE alert");
        }
        System.out.printf("[queue-at-scale] seeded %,d cases in %d s%n", CASES,
                Duration.between(begin, Instant.now()).toSeconds());
    }

    @Test
    void theQueueRendersTheReviewOpensAndDeepPagesFetchWithAMillionCases() throws Exception {
        String someCase;
        try (Connection db = TestEnvironment.database().connect(); Statement sql = db.createStatement();
             ResultSet row = sql.executeQuery("SELECT id FROM screening_case WHERE party_reference = 'SEED-424242'")) {
            assertThat(row.next()).isTrue();
            someCase = row.getString(1);
        }
        List<Long> render = new ArrayList<>();
        List<Long> review = new ArrayList<>();
        List<Long> inAppQueue = new ArrayList<>();
        List<Long> inAppReview = new ArrayList<>();
        try (Browser browser = Browser.open()) {
            browser.signIn("analyst", "/analyst/queue");
            browser.visible("case-grid");
            for (int round = 0; round <= ROUNDS; round++) {
                long start = System.nanoTime();
                browser.go("/analyst/queue");
                browser.until(d -> !d.findElements(By.xpath(
                        "//vaadin-grid-cell-content[starts-with(normalize-space(), 'Seeded Party')]")).isEmpty());
                long queue = System.nanoTime() - start;
                start = System.nanoTime();
                browser.go("/cases/" + someCase);
                browser.visible("side-by-side");
                long opened = System.nanoTime() - start;
                // inside the application, as a person works: the menu to the queue, a party's link to its review
                start = System.nanoTime();
                browser.driver().findElement(By.xpath("//vaadin-side-nav-item[normalize-space()='Case queue']"))
                        .click();
                browser.until(d -> !d.findElements(By.xpath(
                        "//vaadin-grid-cell-content[starts-with(normalize-space(), 'Seeded Party')]")).isEmpty());
                long queueInApp = System.nanoTime() - start;
                start = System.nanoTime();
                browser.driver().findElement(By.cssSelector("a.party-link")).click();
                browser.visible("side-by-side");
                long reviewInApp = System.nanoTime() - start;
                if (round > 0) { // the first round warms the server's code paths
                    render.add(queue / 1_000_000);
                    review.add(opened / 1_000_000);
                    inAppQueue.add(queueInApp / 1_000_000);
                    inAppReview.add(reviewInApp / 1_000_000);
                }
            }
            browser.go("/analyst/queue");
            browser.visible("case-grid");
            browser.screenshot("queue-at-a-million.png");
        }
        List<Long> fetch = new ArrayList<>();
        Random random = new Random(42);
        for (int i = 0; i < PAGE_FETCHES + 20; i++) {
            int page = random.nextInt(2000); // up to 100,000 rows down the queue
            long start = System.nanoTime();
            HttpResponse<String> response = get("analyst", "/api/cases?status=IN_TRIAGE&size=50&page=" + page);
            long took = (System.nanoTime() - start) / 1_000_000;
            assertThat(response.statusCode()).isEqualTo(200);
            if (i >= 20) {
                fetch.add(took);
            }
        }
        System.out.printf(Locale.ROOT, "[queue-at-scale] %,d cases: page load of the queue (address typed) p50 %d ms"
                        + " p95 %d ms, of a case review p50 %d ms p95 %d ms; in the application: the queue from the"
                        + " menu p50 %d ms p95 %d ms, a review from the queue p50 %d ms p95 %d ms; deep page fetch"
                        + " (pages 0-1999 of 50) p50 %d ms p95 %d ms%n", CASES, percentile(render, 50),
                percentile(render, 95), percentile(review, 50), percentile(review, 95), percentile(inAppQueue, 50),
                percentile(inAppQueue, 95), percentile(inAppReview, 50), percentile(inAppReview, 95),
                percentile(fetch, 50), percentile(fetch, 95));
    }

    private static long percentile(List<Long> values, int percent) {
        List<Long> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(percent / 100.0 * sorted.size()) - 1));
    }
}
