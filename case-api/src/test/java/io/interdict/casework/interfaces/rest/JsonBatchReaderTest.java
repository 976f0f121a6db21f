package io.interdict.casework.interfaces.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.interdict.casework.application.BatchUpload;
import io.interdict.casework.domain.model.batch.SourceFormat;
import io.interdict.screening.domain.model.entry.IdentifierType;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class JsonBatchReaderTest {

    private static BatchUpload read(String json) {
        return JsonBatchReader.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void elementsArePositionedByTheirIndexAndInvalidOnesAreRejectedWithTheReason() {
        BatchUpload upload = read("""
                [{"name": "KOREA MINING DEVELOPMENT TRADING CORPORATION", "type": "entity", "reference": "R-0"},
                 {"name": "Harriet Pemberton", "country": "GB", "dateOfBirth": "1970-03-04",
                  "identifiers": [{"type": "PASSPORT", "value": "123456789"}]},
                 "just a name",
                 {"type": "entity"},
                 {"name": "X", "country": 49},
                 {"name": "Y", "colour": "red"},
                 {"name": "Z", "identifiers": [{"type": "SHOE_SIZE", "value": "9"}]}]
                """);

        assertThat(upload.format()).isEqualTo(SourceFormat.JSON);
        assertThat(upload.parties()).extracting(BatchUpload.UploadedParty::position).containsExactly(0, 1);
        assertThat(upload.parties().get(1).command().identifiers()).singleElement()
                .satisfies(id -> assertThat(id.type()).isEqualTo(IdentifierType.PASSPORT));
        assertThat(upload.rejected()).extracting(BatchUpload.Rejection::position).containsExactly(2, 3, 4, 5, 6);
        assertThat(upload.rejected().get(0).reason()).contains("JSON object");
        assertThat(upload.rejected().get(1).reason()).contains("name").contains("required");
        assertThat(upload.rejected().get(2).reason()).contains("country").contains("string");
        assertThat(upload.rejected().get(3).reason()).contains("colour");
        assertThat(upload.rejected().get(4).reason()).contains("identifiers[0].type");
    }

    @Test
    void aTruncatedADeeplyNestedOrANonUtf8BodyIsAClearRefusalNotAServerError() {
        assertThatThrownBy(() -> read("{")).isInstanceOf(InvalidRequest.class).hasMessageContaining("JSON");
        assertThatThrownBy(() -> read("[" + "[".repeat(1000) + "]".repeat(1000) + "]"))
                .isInstanceOf(InvalidRequest.class).hasMessageContaining("not valid JSON");
        assertThatThrownBy(() -> JsonBatchReader.read(new java.io.ByteArrayInputStream(
                new byte[] {'[', '{', '"', 'n', 'a', 'm', 'e', '"', ':', '"', (byte) 0xC3, '"', '}', ']'})))
                .isInstanceOf(InvalidRequest.class).hasMessageContaining("not valid JSON");
    }

    @Test
    void aBodyThatIsNotAJsonArrayIsRefusedWhole() {
        assertThatThrownBy(() -> read("{\"name\": \"X\"}")).isInstanceOf(InvalidRequest.class)
                .hasMessageContaining("JSON array");
        assertThatThrownBy(() -> read("[{\"name\": ")).isInstanceOf(InvalidRequest.class)
                .hasMessageContaining("not valid JSON");
        assertThatThrownBy(() -> read("[]")).isInstanceOf(InvalidRequest.class).hasMessageContaining("no parties");
    }
}
