package io.interdict.screening.domain.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * docs/screening.md's feature table is what {@link Feature} declares. Run with {@code -Dinterdict.docs.write=true}
 * to write the table into the document instead of comparing.
 */
class FeatureTableTest {

    private static final Path DOCUMENT = Path.of("../docs/screening.md");
    private static final String REGENERATE = "./mvnw -B -ntp -o test -pl screening-module -Dtest=FeatureTableTest "
            + "-Dinterdict.docs.write=true";

    @Test
    void theDocumentedFeatureTableIsTheDeclaredOne() throws IOException {
        String document = Files.readString(DOCUMENT, StandardCharsets.UTF_8);
        String generated = FeatureTable.writtenInto(document);
        if (Boolean.getBoolean("interdict.docs.write")) {
            Files.writeString(DOCUMENT, generated, StandardCharsets.UTF_8);
        }
        assertThat(Files.readString(DOCUMENT, StandardCharsets.UTF_8))
                .as("docs/screening.md's feature table differs from what Feature declares; regenerate it with: "
                        + REGENERATE)
                .isEqualTo(generated);
    }

    @Test
    void everyFeatureHasARow() {
        for (Feature f : Feature.values()) {
            assertThat(FeatureTable.markdown()).contains("`" + f.key() + "`");
        }
    }
}
