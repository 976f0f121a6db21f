package io.interdict.screening.infrastructure.lists;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

import io.interdict.screening.domain.model.ListSource;
import io.interdict.screening.domain.model.list.ListFormatException;
import io.interdict.screening.domain.model.list.SanctionsList;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Hand-written UN and OFAC XML files: hostile (XXE, entity expansion) and malformed ones are refused. */
class XmlListErrorsTest {

    private static final String UN_INDIVIDUAL = "<INDIVIDUAL><DATAID>1</DATAID><FIRST_NAME>RI</FIRST_NAME>"
            + "<SECOND_NAME>WON HO</SECOND_NAME><UN_LIST_TYPE>DPRK</UN_LIST_TYPE><REFERENCE_NUMBER>KPi.001</REFERENCE_NUMBER>"
            + "<INDIVIDUAL_ALIAS><QUALITY>Low</QUALITY><ALIAS_NAME>Ri Won-ho</ALIAS_NAME></INDIVIDUAL_ALIAS>"
            + "<INDIVIDUAL_DATE_OF_BIRTH><TYPE_OF_DATE>EXACT</TYPE_OF_DATE><DATE>1964-07-17</DATE></INDIVIDUAL_DATE_OF_BIRTH>"
            + "</INDIVIDUAL>";

    @TempDir
    Path folder;

    private Path un(String body) throws IOException {
        Path file = folder.resolve("UN_consolidated.xml");
        Files.writeString(file, body, StandardCharsets.UTF_8);
        return file;
    }

    private static String unList(String individuals) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<CONSOLIDATED_LIST dateGenerated=\"2026-02-27T00:00:09.554Z\">"
                + "<INDIVIDUALS>" + individuals + "</INDIVIDUALS><ENTITIES/></CONSOLIDATED_LIST>";
    }

    private static ListFormatException refusal(ThrowingCallable read) {
        Throwable thrown = catchThrowable(read);
        assertThat(thrown).isInstanceOf(ListFormatException.class);
        return (ListFormatException) thrown;
    }

    @Test
    void aWellFormedUnFileReads() throws IOException {
        SanctionsList list = new UnConsolidatedXmlReader().read(un(unList(UN_INDIVIDUAL)));
        assertThat(list.entry("KPi.001").orElseThrow().primaryName().text()).isEqualTo("RI WON HO");
        assertThat(list.entry("KPi.001").orElseThrow().weakAliases()).hasSize(1);
    }

    @Test
    void externalEntitiesAreRefused() throws IOException {
        Path secret = Files.writeString(folder.resolve("secret.txt"), "TOP SECRET");
        String xxe = "<?xml version=\"1.0\"?>\n<!DOCTYPE CONSOLIDATED_LIST [<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">]>\n"
                + unList(UN_INDIVIDUAL.replace("<FIRST_NAME>RI</FIRST_NAME>", "<FIRST_NAME>&xxe;</FIRST_NAME>"))
                        .replaceFirst("<\\?xml[^>]*>\\n", "");
        ListFormatException e = refusal(() -> new UnConsolidatedXmlReader().read(un(xxe)));
        assertThat(e.file()).isEqualTo("UN_consolidated.xml");
        assertThat(e.getMessage()).doesNotContain("TOP SECRET");
        assertThat(e.reason()).containsAnyOf("DOCTYPE", "entity");
    }

    @Test
    void entityExpansionBombsAreRefused() throws IOException {
        StringBuilder dtd = new StringBuilder("<!DOCTYPE CONSOLIDATED_LIST [<!ENTITY lol0 \"lol\">");
        for (int i = 1; i <= 9; i++) {
            dtd.append("<!ENTITY lol").append(i).append(" \"").append(("&lol" + (i - 1) + ";").repeat(10)).append("\">");
        }
        dtd.append("]>\n");
        String bomb = "<?xml version=\"1.0\"?>\n" + dtd + unList(UN_INDIVIDUAL.replace("<FIRST_NAME>RI</FIRST_NAME>",
                "<FIRST_NAME>&lol9;</FIRST_NAME>")).replaceFirst("<\\?xml[^>]*>\\n", "");
        ListFormatException e = refusal(() -> new UnConsolidatedXmlReader().read(un(bomb)));
        assertThat(e.reason()).containsAnyOf("DOCTYPE", "entity");
    }

    @Test
    void aTruncatedFileNamesWhereItEnds() throws IOException {
        String whole = unList(UN_INDIVIDUAL);
        ListFormatException e = refusal(() -> new UnConsolidatedXmlReader().read(un(whole.substring(0, whole.length() - 40))));
        assertThat(e.position()).startsWith("line ");
        assertThat(e.reason()).contains("not well-formed XML");
    }

    @Test
    void aBadDateNamesTheElementPath() throws IOException {
        ListFormatException e = refusal(() -> new UnConsolidatedXmlReader().read(un(unList(UN_INDIVIDUAL.replace("1964-07-17", "1964-13-40")))));
        assertThat(e.position()).isEqualTo("CONSOLIDATED_LIST/INDIVIDUALS/INDIVIDUAL[1]/INDIVIDUAL_DATE_OF_BIRTH[1]/DATE");
        assertThat(e.reason()).contains("1964-13-40");
    }

    @Test
    void badUtf8InXmlIsRefused() throws IOException {
        byte[] bytes = unList(UN_INDIVIDUAL.replace("WON HO", "W\u00d6N HO")).getBytes(StandardCharsets.ISO_8859_1);
        Path file = folder.resolve("UN_consolidated.xml");
        Files.write(file, bytes);
        ListFormatException e = refusal(() -> new UnConsolidatedXmlReader().read(file));
        assertThat(e.reason()).contains("not well-formed XML");
    }

    @Test
    void missingReferenceNumberIsRefused() throws IOException {
        ListFormatException e = refusal(() -> new UnConsolidatedXmlReader().read(un(unList(
                UN_INDIVIDUAL.replace("<REFERENCE_NUMBER>KPi.001</REFERENCE_NUMBER>", "")))));
        assertThat(e.position()).endsWith("INDIVIDUAL[1]/REFERENCE_NUMBER");
    }

    private static String ofacXml(String count, String date) {
        return "<?xml version=\"1.0\" standalone=\"yes\"?>\n<sdnList xmlns=\"https://sanctionslistservice.ofac.treas.gov/api/"
                + "PublicationPreview/exports/XML\"><publshInformation><Publish_Date>" + date + "</Publish_Date><Record_Count>"
                + count + "</Record_Count></publshInformation><sdnEntry><uid>9639</uid><firstName>Ismail</firstName>"
                + "<lastName>HANIYA</lastName><sdnType>Individual</sdnType><programList><program>NS-PLC</program></programList>"
                + "<akaList><aka><uid>1</uid><type>a.k.a.</type><category>weak</category><lastName>ABU AL-ABD</lastName></aka>"
                + "</akaList></sdnEntry></sdnList>";
    }

    @Test
    void ofacXmlReadsAndChecksItsRecordCount() throws IOException {
        Path file = Files.writeString(folder.resolve("consolidated.xml"), ofacXml("1", "03/28/2025"));
        SanctionsList list = new OfacXmlReader(ListSource.US_OFAC_CONS).read(file);
        assertThat(list.entry("9639").orElseThrow().weakAliases()).hasSize(1);
        Files.writeString(file, ofacXml("2", "03/28/2025"));
        ListFormatException e = refusal(() -> new OfacXmlReader(ListSource.US_OFAC_CONS).read(file));
        assertThat(e.position()).isEqualTo("sdnList/publshInformation[1]/Record_Count");
        assertThat(e.reason()).contains("says it holds 2 entries but 1 were read");
    }

    @Test
    void ofacXmlBadPublishDateIsRefused() throws IOException {
        Path file = Files.writeString(folder.resolve("consolidated.xml"), ofacXml("1", "28/03/2025"));
        ListFormatException e = refusal(() -> new OfacXmlReader(ListSource.US_OFAC_CONS).read(file));
        assertThat(e.reason()).contains("bad date '28/03/2025'");
    }
}
