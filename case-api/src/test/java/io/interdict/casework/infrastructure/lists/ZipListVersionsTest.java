package io.interdict.casework.infrastructure.lists;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.interdict.casework.application.ListVersionRefused;
import io.interdict.screening.domain.model.ListSource;
import io.interdict.screening.domain.model.list.SanctionsList;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A list version read from the ZIP an administrator uploads, and refused with file, position and reason. */
class ZipListVersionsTest {

    private static final String SDN = "36,\"AEROCARIBBEAN AIRLINES\",-0- ,\"CUBA\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- \r\n"
            + "306,\"BANCO NACIONAL DE CUBA\",-0- ,\"CUBA\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,\"a.k.a. 'BNC'.\"\r\n";
    private static final String ADD = "306,199,\"Zweierstrasse 35\",\"Zurich CH-8022\",\"Switzerland\",-0- \r\n";
    private static final String ALT = "306,220,\"aka\",\"NATIONAL BANK OF CUBA\",-0- \r\n";

    /** OFAC's end-of-file mark, the last byte of each of its files: a file without it was cut short. */
    private static final String EOF = "\u001a";

    private final ZipListVersions archive = new ZipListVersions();

    private static Map<String, String> sdnSet() {
        Map<String, String> files = new LinkedHashMap<>();
        files.put("sdn.csv", SDN);
        files.put("add.csv", ADD);
        files.put("alt.csv", ALT);
        files.put("sdn_comments.csv", "");
        return files;
    }

    @Test
    void readsAVersionFromTheZipOfItsFilesWhetherOrNotTheyLieInAFolder() throws IOException {
        SanctionsList flat = archive.read(ListSource.US_OFAC_SDN, "2026-12-01", zip(sdnSet(), ""));
        SanctionsList nested = archive.read(ListSource.US_OFAC_SDN, "2026-12-01", zip(sdnSet(), "sdn_2026-12-01/"));

        assertThat(flat.size()).isEqualTo(2);
        assertThat(flat.version().label()).isEqualTo("2026-12-01");
        assertThat(flat.entry("306").orElseThrow().names()).extracting(n -> n.text())
                .contains("BANCO NACIONAL DE CUBA", "NATIONAL BANK OF CUBA", "BNC");
        assertThat(nested.version().sha256()).as("the same files, the same version").isEqualTo(flat.version().sha256());
    }

    @Test
    void aMalformedFileIsRefusedNamingTheFileAndItsLine() throws IOException {
        Map<String, String> files = sdnSet();
        files.put("sdn.csv", SDN + "99,\"UNTERMINATED,-0- \r\n");

        assertThatThrownBy(() -> archive.read(ListSource.US_OFAC_SDN, "2026-12-01", zip(files, "")))
                .isInstanceOfSatisfying(ListVersionRefused.class, refused -> {
                    assertThat(refused.file()).isEqualTo("sdn.csv");
                    assertThat(refused.position()).startsWith("line 3");
                    assertThat(refused.getMessage()).doesNotContain("interdict-list-version-");
                });
    }

    @Test
    void anIncompleteSetOrAnythingButAZipIsRefusedSayingWhat() throws IOException {
        Map<String, String> files = sdnSet();
        files.remove("alt.csv");

        assertThatThrownBy(() -> archive.read(ListSource.US_OFAC_SDN, "2026-12-01", zip(files, "")))
                .isInstanceOf(ListVersionRefused.class).hasMessageContaining("missing alt.csv")
                .hasMessageNotContaining("/tmp");
        assertThatThrownBy(() -> archive.read(ListSource.US_OFAC_SDN, "2026-12-01",
                "name,type".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(ListVersionRefused.class).hasMessageContaining("not a ZIP archive");
        assertThatThrownBy(() -> archive.read(ListSource.UN_SC, "2026-12-01", zip(sdnSet(), "")))
                .isInstanceOf(ListVersionRefused.class).hasMessageContaining("is not a version of un-sc");
    }

    @Test
    void aFileNameCannotLeaveTheVersionFolder() throws IOException {
        Map<String, String> files = sdnSet();
        files.put("../../escaped.csv", "x");

        SanctionsList list = archive.read(ListSource.US_OFAC_SDN, "2026-12-01", zip(files, ""));

        assertThat(list.version().files()).doesNotContain("../../escaped.csv");
        assertThat(Files.exists(Path.of(System.getProperty("java.io.tmpdir"), "escaped.csv"))).isFalse();
    }

    @Test
    void packsADirectoryVersionSoThatItReadsBackAsTheSameVersion(@TempDir Path lists) throws IOException {
        Path folder = Files.createDirectories(lists.resolve("ofac_sdn").resolve("2026-12-01"));
        for (Map.Entry<String, String> file : sdnSet().entrySet()) {
            Files.writeString(folder.resolve(file.getKey()), file.getValue() + EOF);
        }

        byte[] packed = archive.pack(folder);

        assertThat(names(packed)).containsExactly("add.csv", "alt.csv", "sdn.csv", "sdn_comments.csv");
        assertThat(archive.read(ListSource.US_OFAC_SDN, "2026-12-01", packed).version().sha256())
                .isEqualTo(archive.read(ListSource.US_OFAC_SDN, "2026-12-01", zip(sdnSet(), "")).version().sha256());
    }

    private static byte[] zip(Map<String, String> files, String folder) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, String> file : files.entrySet()) {
                zip.putNextEntry(new ZipEntry(folder + file.getKey()));
                zip.write((file.getValue() + EOF).getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    private static java.util.List<String> names(byte[] zip) throws IOException {
        java.util.List<String> names = new java.util.ArrayList<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                names.add(e.getName());
            }
        }
        return names;
    }
}
