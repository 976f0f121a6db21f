package io.interdict.casework;

import static org.assertj.core.api.Assertions.assertThat;

import io.interdict.platform.environment.DeployedApplication;
import io.interdict.platform.environment.PlatformTest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * Payment messages screened per second through {@code POST /api/screenings/payment}: half pacs.008, half MT103, each
 * between generated customers and ordinary banks with a line of remittance text; one in twenty names a listed
 * company as its debtor and opens a case. Four clients send at once; prints messages per second and the latency
 * percentiles of the measured run, after a warm-up.
 *
 * <p>A benchmark, not part of the test run: {@code bin/interdict test -pl deploy -Dsurefire.skip=true
 * -Dit.test=PaymentThroughputBench}; {@code -Dinterdict.bench.payments=N} for another count.
 */
@PlatformTest
class PaymentThroughputBench extends DeployedApplication {

    private static final int MESSAGES = Integer.getInteger("interdict.bench.payments", 2_000);
    private static final int WARM_UP = 300;
    private static final int CLIENTS = 4;
    private static final String[] BANKS = {"DEUTDEFFXXX", "CHASUS33XXX", "HSBCHKHHXXX", "BNPAFRPPXXX",
        "BARCGB22XXX", "CITIUS33XXX", "UBSWCHZH80A", "INGBNL2AXXX", "SCBLSGSGXXX", "MHCBJPJTXXX"};
    private static final String KOMID = "KOREA MINING DEVELOPMENT TRADING CORPORATION";

    private record Message(String contentType, String text, boolean listed) {
    }

    @Test
    void paymentMessagesPerSecondThroughTheApi() throws Exception {
        List<Message> warmUp = messages(WARM_UP, new Random(7));
        List<Message> measured = messages(MESSAGES, new Random(42));
        send(warmUp);

        List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger hits = new AtomicInteger();
        long start = System.nanoTime();
        List<Integer> statuses = send(measured, latencies, hits);
        double seconds = (System.nanoTime() - start) / 1e9;

        long errors = statuses.stream().filter(s -> s != 201).count();
        List<Long> sorted = latencies.stream().sorted().toList();
        System.out.printf("[payment-throughput] %,d messages (%d listed) in %.1f s = %.1f messages/s with %d "
                        + "clients; latency p50 %d ms, p95 %d ms, p99 %d ms, max %d ms; errors %d; messages with hits %d%n",
                measured.size(), measured.stream().filter(Message::listed).count(), seconds,
                measured.size() / seconds, CLIENTS, percentile(sorted, 50), percentile(sorted, 95),
                percentile(sorted, 99), sorted.get(sorted.size() - 1), errors, hits.get());
        assertThat(errors).isZero();
        // every listed debtor is found; generated names may meet listed ones too (an alert rate, not an error)
        assertThat(hits.get()).isGreaterThanOrEqualTo((int) measured.stream().filter(Message::listed).count());
    }

    private static List<Message> messages(int count, Random random) {
        String run = Long.toHexString(random.nextLong()).toUpperCase();
        List<Message> messages = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            boolean listed = i % 20 == 10;
            String debtor = listed ? KOMID : random.nextBoolean() ? GeneratedNames.company(random)
                    : GeneratedNames.person(random);
            String creditor = random.nextBoolean() ? GeneratedNames.company(random) : GeneratedNames.person(random);
            String remittance = "INVOICE " + (10_000 + i) + " " + GeneratedNames.company(random).toUpperCase()
                    + " ORDER";
            String reference = "BENCH-" + run + "-" + i;
            messages.add(i % 2 == 0
                    ? new Message("application/xml", pacs008(reference, debtor, creditor, remittance, random), listed)
                    : new Message("text/plain", mt103(reference, debtor, creditor, remittance, random), listed));
        }
        return messages;
    }

    private static String bank(Random random) {
        return BANKS[random.nextInt(BANKS.length)];
    }

    private static String pacs008(String reference, String debtor, String creditor, String remittance,
                                  Random random) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <Document xmlns="urn:iso:std:iso:20022:tech:xsd:pacs.008.001.08"><FIToFICstmrCdtTrf>
                <GrpHdr><MsgId>%s</MsgId><CreDtTm>2026-12-07T10:00:00Z</CreDtTm><NbOfTxs>1</NbOfTxs>
                <SttlmInf><SttlmMtd>INDA</SttlmMtd></SttlmInf></GrpHdr>
                <CdtTrfTxInf><PmtId><EndToEndId>%s</EndToEndId></PmtId>
                <IntrBkSttlmAmt Ccy="USD">%d.00</IntrBkSttlmAmt><ChrgBr>SHAR</ChrgBr>
                <Dbtr><Nm>%s</Nm><PstlAdr><Ctry>%s</Ctry></PstlAdr></Dbtr>
                <DbtrAgt><FinInstnId><BICFI>%s</BICFI></FinInstnId></DbtrAgt>
                <CdtrAgt><FinInstnId><BICFI>%s</BICFI></FinInstnId></CdtrAgt>
                <Cdtr><Nm>%s</Nm><PstlAdr><Ctry>%s</Ctry></PstlAdr></Cdtr>
                <RmtInf><Ustrd>%s</Ustrd></RmtInf></CdtTrfTxInf></FIToFICstmrCdtTrf></Document>
                """.formatted(reference, reference, 1_000 + random.nextInt(90_000), xml(debtor),
                GeneratedNames.country(random), bank(random), bank(random), xml(creditor),
                GeneratedNames.country(random), remittance);
    }

    private static String mt103(String reference, String debtor, String creditor, String remittance,
                                Random random) {
        String sender = bank(random);
        return "{1:F01" + sender.substring(0, 8) + "A" + sender.substring(8) + "0000000000}{2:I103"
                + bank(random).substring(0, 8) + "XXXXN}{4:\n:20:" + reference.substring(0, 16) + "\n:23B:CRED\n"
                + ":32A:261207USD" + (1_000 + random.nextInt(90_000)) + ",00\n:50K:/DE" + random.nextInt(1_000_000)
                + "\n" + debtor.toUpperCase() + "\n:57A:" + bank(random) + "\n:59:/GB" + random.nextInt(1_000_000)
                + "\n" + creditor.toUpperCase() + "\n:70:" + remittance.substring(0, Math.min(35,
                remittance.length())) + "\n:71A:SHA\n-}";
    }

    private static String xml(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;");
    }

    private static void send(List<Message> messages) throws Exception {
        send(messages, Collections.synchronizedList(new ArrayList<>()), new AtomicInteger());
    }

    private static List<Integer> send(List<Message> messages, List<Long> latencies, AtomicInteger hits)
            throws Exception {
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        try {
            List<Future<Integer>> answers = new ArrayList<>();
            for (Message message : messages) {
                answers.add(clients.submit(() -> {
                    long begin = System.nanoTime();
                    HttpResponse<String> answer = PaymentScreeningIT.screen(message.contentType(), message.text());
                    latencies.add((System.nanoTime() - begin) / 1_000_000);
                    if (answer.body().contains("\"outcome\":\"HIT\"")) {
                        hits.incrementAndGet();
                    }
                    return answer.statusCode();
                }));
            }
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> answer : answers) {
                statuses.add(answer.get());
            }
            return statuses;
        } finally {
            clients.shutdown();
        }
    }

    private static long percentile(List<Long> sorted, int percent) {
        return sorted.get(Math.min(sorted.size() - 1, sorted.size() * percent / 100));
    }
}
