package io.interdict.screening.infrastructure.lists;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

import io.interdict.screening.domain.model.list.ListFormatException;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Malformed OFSI ConList CSV, OFSI xlsx and CSL files are refused with file, position and reason. */
class TabularListErrorsTest {

    @TempDir
    Path folder;

    private static ListFormatException refusal(ThrowingCallable read) {
        Throwable thrown = catchThrowable(read);
        assertThat(thrown).isInstanceOf(ListFormatException.class);
        return (ListFormatException) thrown;
    }

    private List<String> conList() throws IOException, URISyntaxException {
        return Files.readAllLines(Path.of(getClass().getResource("/lists/ofsi/ConList.csv").toURI()));
    }

    @Test
    void ofsiCsvLineWithMissingColumns() throws Exception {
        List<String> lines = new java.util.ArrayList<>(conList());
        lines.add("SHORT ROW,,,,13651");
        Path file = Files.write(folder.resolve("ConList.csv"), lines);
        ListFormatException e = refusal(() -> new OfsiConListCsvReader().read(file));
        assertThat(e.file()).isEqualTo("ConList.csv");
        assertThat(e.position()).isEqualTo("line " + lines.size());
        assertThat(e.reason()).contains("expected 36 columns").contains("found 5");
    }

    @Test
    void ofsiCsvBadDateOfBirth() throws Exception {
        List<String> lines = new java.util.ArrayList<>(conList());
        int dob = 10;
        int row = -1;
        for (int i = 2; i < lines.size() && row < 0; i++) {
            List<String> cells = org.apache.commons.csv.CSVParser.parse(lines.get(i), org.apache.commons.csv.CSVFormat.RFC4180)
                    .getRecords().get(0).toList();
            if (cells.get(dob).matches("\\d{2}/\\d{2}/\\d{4}")) {
                row = i;
                List<String> changed = new java.util.ArrayList<>(cells);
                changed.set(dob, "31/02/" + cells.get(dob).substring(6));
                lines.set(i, org.apache.commons.csv.CSVFormat.RFC4180.format(changed.toArray()));
            }
        }
        assertThat(row).as("the fixture has a full date of birth").isPositive();
        Path file = Files.write(folder.resolve("ConList.csv"), lines);
        ListFormatException e = refusal(() -> new OfsiConListCsvReader().read(file));
        assertThat(e.position()).isEqualTo("line " + (row + 1) + ", column 11 (DOB)");
        assertThat(e.reason()).contains("no such date '31/02/");
    }

    @Test
    void ofsiCsvWithoutItsHeader() throws IOException {
        Path file = Files.writeString(folder.resolve("ConList.csv"), "Last Updated,10/04/2025\r\nName,Country\r\n");
        ListFormatException e = refusal(() -> new OfsiConListCsvReader().read(file));
        assertThat(e.position()).isEqualTo("line 2");
        assertThat(e.reason()).contains("missing columns");
    }

    @Test
    void ofsiCsvInLatin1() throws Exception {
        String text = String.join("\r\n", conList()).replaceFirst("AKTIVA", "AKTIV\u00c4");
        Path file = Files.write(folder.resolve("ConList.csv"), text.getBytes(StandardCharsets.ISO_8859_1));
        ListFormatException e = refusal(() -> new OfsiConListCsvReader().read(file));
        assertThat(e.position()).isEqualTo("line 3, column 6");
        assertThat(e.reason()).contains("0xC4");
    }

    @Test
    void aTruncatedWorkbookIsRefused() throws IOException {
        byte[] whole = Files.readAllBytes(RealLists.resolve("uk_ofsi_conlist/UK_Sanctions_List.xlsx"));
        Path file = Files.write(folder.resolve("ConList.xlsx"), Arrays.copyOf(whole, whole.length / 2));
        ListFormatException e = refusal(() -> new OfsiConListXlsxReader().read(file));
        assertThat(e.file()).isEqualTo("ConList.xlsx");
        assertThat(e.reason()).contains("not a readable xlsx workbook");
    }

    /** The real workbook with its sheet replaced by one that declares an external entity. */
    @Test
    void aWorkbookWhoseSheetDeclaresADoctypeIsRefused() throws IOException {
        Path source = RealLists.resolve("uk_ofsi_conlist/UK_Sanctions_List.xlsx");
        Path secret = Files.writeString(folder.resolve("secret.txt"), "TOP SECRET");
        String sheet = "<?xml version=\"1.0\"?><!DOCTYPE worksheet [<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">]>"
                + "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"
                + "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>&xxe;</t></is></c></row></sheetData></worksheet>";
        Path file = folder.resolve("ConList.xlsx");
        try (java.util.zip.ZipFile in = new java.util.zip.ZipFile(source.toFile());
             java.util.zip.ZipOutputStream out = new java.util.zip.ZipOutputStream(Files.newOutputStream(file))) {
            for (java.util.zip.ZipEntry entry : java.util.Collections.list(in.entries())) {
                out.putNextEntry(new java.util.zip.ZipEntry(entry.getName()));
                out.write(entry.getName().endsWith("sheet1.xml") ? sheet.getBytes(StandardCharsets.UTF_8)
                        : in.getInputStream(entry).readAllBytes());
                out.closeEntry();
            }
        }
        ListFormatException e = refusal(() -> new OfsiConListXlsxReader().read(file));
        assertThat(e.reason()).containsIgnoringCase("DOCTYPE").doesNotContain("TOP SECRET");
    }

    /** A sheet that inflates a thousandfold (megabytes of blanks): POI's zip-bomb guard stays on and stops it. */
    @Test
    void aZipBombWorkbookIsRefused() throws IOException {
        Path source = RealLists.resolve("uk_ofsi_conlist/UK_Sanctions_List.xlsx");
        Path file = folder.resolve("ConList.xlsx");
        byte[] blanks = new byte[1 << 20];
        Arrays.fill(blanks, (byte) ' ');
        try (java.util.zip.ZipFile in = new java.util.zip.ZipFile(source.toFile());
             java.util.zip.ZipOutputStream out = new java.util.zip.ZipOutputStream(Files.newOutputStream(file))) {
            for (java.util.zip.ZipEntry entry : java.util.Collections.list(in.entries())) {
                out.putNextEntry(new java.util.zip.ZipEntry(entry.getName()));
                if (entry.getName().endsWith("sheet1.xml")) {
                    out.write("<worksheet><sheetData>".getBytes(StandardCharsets.UTF_8));
                    for (int i = 0; i < 40; i++) {
                        out.write(blanks);
                    }
                    out.write("</sheetData></worksheet>".getBytes(StandardCharsets.UTF_8));
                } else {
                    out.write(in.getInputStream(entry).readAllBytes());
                }
                out.closeEntry();
            }
        }
        ListFormatException e = refusal(() -> new OfsiConListXlsxReader().read(file));
        assertThat(e.reason()).containsIgnoringCase("zip bomb");
    }

    private static final String CSL_HEADER = "_id,source,entity_number,type,programs,name,title,addresses,"
            + "federal_register_notice,start_date,end_date,standard_order,license_requirement,license_policy,call_sign,"
            + "vessel_type,gross_tonnage,gross_registered_tonnage,vessel_flag,vessel_owner,remarks,source_list_url,"
            + "alt_names,citizenships,dates_of_birth,nationalities,places_of_birth,source_information_url,ids\n";
    private static final String CSL_ROW = "21944,Specially Designated Nationals (SDN) - Treasury Department,21944,"
            + "Individual,SYRIA,\"'ABBAS, Rim\",Employee,SY,,,,,,,,,,,,,,http://bit.ly/1I7ipyR,\"\",\"\",1973-03-25,SY,\"\","
            + "http://bit.ly/1MLgpye,\"\"\n";

    private Path gzip(String text, boolean truncate) throws IOException {
        Path file = folder.resolve("consolidated.csv.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
            out.write(text.getBytes(StandardCharsets.UTF_8));
        }
        if (truncate) {
            byte[] bytes = Files.readAllBytes(file);
            Files.write(file, Arrays.copyOf(bytes, bytes.length - 12));
        }
        return file;
    }

    @Test
    void cslReadsAndRefusesATruncatedGzip() throws IOException {
        assertThat(new CslCsvReader().read(gzip(CSL_HEADER + CSL_ROW, false)).size()).isEqualTo(1);
        ListFormatException e = refusal(() -> new CslCsvReader().read(gzip(CSL_HEADER + CSL_ROW, true)));
        assertThat(e.reason()).contains("cut short");
    }

    @Test
    void cslRowWithWrongColumnCountAndBadDate() throws IOException {
        ListFormatException columns = refusal(() -> new CslCsvReader().read(gzip(CSL_HEADER + CSL_ROW + "1,SDN,2\n", false)));
        assertThat(columns.position()).isEqualTo("line 3");
        assertThat(columns.reason()).contains("expected 29 columns");
        ListFormatException date = refusal(() -> new CslCsvReader().read(gzip(CSL_HEADER + CSL_ROW.replace("1973-03-25", "1973-02-30"), false)));
        assertThat(date.position()).isEqualTo("line 2, column dates_of_birth");
    }
}
