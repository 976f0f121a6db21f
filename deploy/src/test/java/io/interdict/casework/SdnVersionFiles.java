package io.interdict.casework;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * The files of an OFAC SDN CSV version from the lists directory, line by line, to be edited into a new version the
 * tests upload: rows added or removed by entry number, then packed as the ZIP an administrator uploads (each file
 * ending with OFAC's end-of-file mark, as the readers require).
 */
public final class SdnVersionFiles {

    /** OFAC's end-of-file mark, the last byte of each of its files; kept apart while lines are edited. */
    private static final String EOF = "\u001a";
    private static final List<String> FILES = List.of("sdn.csv", "add.csv", "alt.csv", "sdn_comments.csv");

    private final Map<String, List<String>> files;

    private SdnVersionFiles(Map<String, List<String>> files) {
        this.files = files;
    }

    /** The version of that name in the server's lists directory. */
    public static SdnVersionFiles of(String version) {
        Path folder = Path.of(System.getProperty("interdict.lists.dir"), "ofac_sdn", version);
        Map<String, List<String>> files = new LinkedHashMap<>();
        for (String file : FILES) {
            files.put(file, lines(folder.resolve(file)));
        }
        return new SdnVersionFiles(files);
    }

    static List<String> lines(Path file) {
        try {
            List<String> lines = new ArrayList<>(Files.readAllLines(file, StandardCharsets.UTF_8));
            lines.removeIf(line -> line.equals(EOF) || line.isBlank());
            return lines;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A copy to edit. */
    public SdnVersionFiles copy() {
        Map<String, List<String>> copy = new LinkedHashMap<>();
        files.forEach((name, lines) -> copy.put(name, new ArrayList<>(lines)));
        return new SdnVersionFiles(copy);
    }

    List<String> file(String name) {
        return files.get(name);
    }

    /** Adds an entity to the primary file: {@code id,"NAME",-0- ,"PROGRAMME",...}. */
    public SdnVersionFiles withEntity(String id, String name, String programme) {
        files.get("sdn.csv").add(id + ",\"" + name + "\",-0- ,\"" + programme + "\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,"
                + "-0- ,-0- ");
        return this;
    }

    /** Removes the entries whose numbers pass the test from every file (their addresses and aliases with them). */
    SdnVersionFiles without(Predicate<String> entryNumber) {
        files.values().forEach(lines -> lines.removeIf(line -> entryNumber.test(entryNumber(line))));
        return this;
    }

    static String entryNumber(String row) {
        int comma = row.indexOf(',');
        return comma < 0 ? row : row.substring(0, comma);
    }

    public byte[] zip() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, List<String>> file : files.entrySet()) {
                zip.putNextEntry(new ZipEntry(file.getKey()));
                zip.write((String.join("\r\n", file.getValue()) + "\r\n" + EOF).getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }
}
