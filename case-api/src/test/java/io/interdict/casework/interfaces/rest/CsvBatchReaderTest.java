package io.interdict.casework.interfaces.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.interdict.casework.application.BatchUpload;
import io.interdict.casework.domain.model.batch.SourceFormat;
import io.interdict.screening.domain.model.entry.EntityType;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class CsvBatchReaderTest {

    private static BatchUpload read(String csv) {
        return CsvBatchReader.read(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void rowsArePositionedByTheirLineNumberAndMalformedOnesAreRejectedWithTheReason() {
        BatchUpload upload = read("""
                name,type,country,dateOfBirth,reference
                TANCHON COMMERCIAL BANK,entity,KP,,C-1
                "Pemberton, Harriet",individual,GB,1970-03-04,C-2

                ,individual,GB,,C-3
                Anna Smith,planet,GB,,C-4
                Bob Jones,individual,GBR,1970-13-01,C-5
                Carl Dee,individual,GB
                "Unclosed,individual,GB,,C-7
                Dora "X" Ray,individual,GB,,C-8
                "Said ""Bob"" Sr",individual,GB,1970,C-9
                """);

        assertThat(upload.format()).isEqualTo(SourceFormat.CSV);
        assertThat(upload.parties()).extracting(BatchUpload.UploadedParty::position).containsExactly(2, 3, 11);
        assertThat(upload.parties().get(1).command().name()).isEqualTo("Pemberton, Harriet");
        assertThat(upload.parties().get(1).command().type()).contains(EntityType.INDIVIDUAL);
        assertThat(upload.parties().get(1).command().reference()).contains("C-2");
        assertThat(upload.parties().get(2).command().name()).isEqualTo("Said \"Bob\" Sr");
        assertThat(upload.rejected()).extracting(BatchUpload.Rejection::position).containsExactly(5, 6, 7, 8, 9, 10);
        assertThat(upload.rejected().get(0).reason()).contains("name").contains("required");
        assertThat(upload.rejected().get(1).reason()).contains("type");
        assertThat(upload.rejected().get(2).reason()).contains("country").contains("dateOfBirth");
        assertThat(upload.rejected().get(3).reason()).contains("3 field(s)").contains("5");
        assertThat(upload.rejected().get(4).reason()).contains("not closed");
        assertThat(upload.rejected().get(5).reason()).contains("quote");
    }

    @Test
    void theEvaluationHeaderIsAcceptedWithIdAsTheReferenceAndDobAsTheDateOfBirth() {
        BatchUpload upload = read("id,name,type,country,dob\r\nQ-17,BANCO NACIONAL DE CUBA,entity,CU,\r\n"
                + "Q-18,John Smith,individual,US,1961-05\r\n");

        assertThat(upload.rejected()).isEmpty();
        assertThat(upload.parties()).hasSize(2);
        assertThat(upload.parties().get(0).command().reference()).contains("Q-17");
        assertThat(upload.parties().get(1).command().birthDate()).isPresent();
        assertThat(upload.parties().get(1).position()).isEqualTo(3);
    }

    @Test
    void aWrongHeaderRefusesTheWholeUpload() {
        assertThatThrownBy(() -> read("name,colour\nX,red\n")).isInstanceOf(InvalidRequest.class)
                .hasMessageContaining("unknown column 'colour'");
        assertThatThrownBy(() -> read("type,country\nentity,KP\n")).isInstanceOf(InvalidRequest.class)
                .hasMessageContaining("'name' column is required");
        assertThatThrownBy(() -> read("id,reference,name\n1,2,X\n")).isInstanceOf(InvalidRequest.class)
                .hasMessageContaining("same field");
        assertThatThrownBy(() -> read("name\n")).isInstanceOf(InvalidRequest.class).hasMessageContaining("no rows");
        assertThatThrownBy(() -> read("")).isInstanceOf(InvalidRequest.class).hasMessageContaining("header");
    }

    @Test
    void textThatIsNotUtf8IsRefused() {
        byte[] latin1 = "name\nJos\u00e9\n".getBytes(StandardCharsets.ISO_8859_1);
        assertThatThrownBy(() -> CsvBatchReader.read(new ByteArrayInputStream(latin1)))
                .isInstanceOf(InvalidRequest.class).hasMessageContaining("UTF-8");
    }

    @Test
    void moreRowsThanTheLimitAreRefusedAsTooLarge() {
        StringBuilder csv = new StringBuilder("name\n");
        for (int i = 0; i <= UploadLimits.MAX_ROWS; i++) {
            csv.append("P").append(i).append('\n');
        }
        assertThatThrownBy(() -> read(csv.toString())).isInstanceOf(UploadTooLarge.class)
                .hasMessageContaining("100000 rows");
    }

    @Test
    void aBodyPastTheByteLimitIsCutOff() {
        byte[] big = new byte[(int) UploadLimits.MAX_BYTES + 10];
        java.util.Arrays.fill(big, (byte) 'a');
        assertThatThrownBy(() -> UploadLimits.bounded(new ByteArrayInputStream(big)).readAllBytes())
                .isInstanceOf(UploadTooLarge.class).hasMessageContaining("20 MB");
    }
}
