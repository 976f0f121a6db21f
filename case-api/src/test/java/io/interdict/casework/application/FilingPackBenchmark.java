package io.interdict.casework.application;

import io.interdict.casework.application.ReportWork.ReportDraft;
import io.interdict.casework.domain.model.blocking.PropertyDescription;
import io.interdict.casework.domain.model.cases.EscalationOutcome;
import io.interdict.casework.domain.model.reporting.MonetaryValue;
import io.interdict.casework.domain.model.reporting.OfacReport;
import io.interdict.casework.domain.model.reporting.PropertyType;
import io.interdict.casework.infrastructure.exports.CsvExport;
import io.interdict.casework.infrastructure.exports.PdfExport;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * How long a filing pack takes to write: the initial report of blocked property and an annual report of 1,000 blocked
 * assets, each as PDF and CSV, from the report to the bytes (the pack's fields, then the format). Run with
 * {@code ./mvnw -q -pl case-api -Pjmh test-compile exec:exec}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class FilingPackBenchmark {

    static final int ANNUAL_ROWS = 1000;

    private final PdfExport pdf = new PdfExport();
    private final CsvExport csv = new CsvExport();
    private FilingPacks packs;
    private OfacReport initial;
    private OfacReport annual;

    @Setup(Level.Trial)
    public void reports() {
        InMemoryCasework casework = new InMemoryCasework(Instant.parse("2026-03-02T15:00:00Z"));
        for (int i = 0; i < ANNUAL_ROWS; i++) {
            initial = casework.reportOf(EscalationOutcome.BLOCK, "CUST-" + i);
            casework.reportWork.draft(initial.id(), "analyst", new ReportDraft(new PropertyDescription(
                    Optional.of(PropertyType.WIRE_TRANSFER), Optional.of("incoming wire " + i),
                    Optional.of(new MonetaryValue(new BigDecimal(1000 + i), "USD", false)),
                    Optional.of("BLK-" + i), Optional.of("MT103 " + i)), null));
        }
        casework.clock.set(Instant.parse("2026-07-01T16:00:00Z"));
        annual = casework.obligations.annual(LocalDate.parse("2026-06-30"), "admin");
        packs = casework.packs();
    }

    @Benchmark
    public byte[] initialReportPdf() {
        return pdf.render(packs.packOf(initial));
    }

    @Benchmark
    public byte[] initialReportCsv() {
        return csv.render(packs.packOf(initial));
    }

    @Benchmark
    public byte[] annualReportOf1000AssetsPdf() {
        return pdf.render(packs.packOf(annual));
    }

    @Benchmark
    public byte[] annualReportOf1000AssetsCsv() {
        return csv.render(packs.packOf(annual));
    }
}
