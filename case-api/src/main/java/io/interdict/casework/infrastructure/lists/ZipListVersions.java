package io.interdict.casework.infrastructure.lists;

import io.interdict.casework.application.ListVersionArchive;
import io.interdict.casework.application.ListVersionRefused;
import io.interdict.screening.application.ListVersionFiles;
import io.interdict.screening.domain.model.ListSource;
import io.interdict.screening.domain.model.list.ListFormatException;
import io.interdict.screening.domain.model.list.SanctionsList;
import io.interdict.screening.infrastructure.lists.ListFormats;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Reads a list version from a ZIP of its files by unpacking it into a version folder of a private temporary lists
 * directory and reading that folder with the list readers, exactly as a lists directory is read. The ZIP's folders
 * are ignored (a ZIP of the folder holding the files serves as well as one of the files); an archive that would
 * unpack beyond its limits is refused before it fills the disk.
 */
@ApplicationScoped
public class ZipListVersions implements ListVersionArchive {

    /** The largest list published (the SDN XML) is under 100 MB unpacked. */
    static final long MAX_UNPACKED_BYTES = 512L * 1024 * 1024;
    static final int MAX_FILES = 64;

    private static final String UPLOAD = "upload";

    private final ListVersionFiles files = new ListVersionFiles(ListFormats.all());

    @Override
    public SanctionsList read(ListSource source, String label, byte[] zip) {
        Path root = temporaryDirectory();
        try {
            Path version = Files.createDirectories(root.resolve(source.folder()).resolve(label));
            unpack(zip, version);
            return readVersion(source, version);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot unpack a list version in " + root, e);
        } finally {
            delete(root);
        }
    }

    private SanctionsList readVersion(ListSource source, Path version) {
        String prefix = version.toString() + "/";
        try {
            return files.read(version, Optional.of(source));
        } catch (ListFormatException e) {
            throw new ListVersionRefused(relative(e.file(), prefix, version), e.position(), e.reason());
        } catch (IllegalArgumentException e) {
            throw new ListVersionRefused(UPLOAD, "", e.getMessage().replace(prefix, "").replace(version.toString(),
                    "the ZIP"));
        }
    }

    /** The file's name as the uploader knows it, not the temporary folder it was unpacked into. */
    private static String relative(String file, String prefix, Path version) {
        if (file.startsWith(prefix)) {
            return file.substring(prefix.length());
        }
        return file.equals(version.toString()) ? UPLOAD : Path.of(file).getFileName().toString();
    }

    private static void unpack(byte[] zip, Path version) throws IOException {
        long unpacked = 0;
        Set<String> names = new HashSet<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            ZipEntry entry = in.getNextEntry();
            if (entry == null) {
                throw new ListVersionRefused(UPLOAD, "", "not a ZIP archive, or one holding no file");
            }
            for (; entry != null; entry = in.getNextEntry()) {
                String name = fileName(entry);
                if (entry.isDirectory() || name.isEmpty() || name.startsWith(".") || entry.getName().startsWith("__MACOSX/")) {
                    continue;
                }
                if (!names.add(name)) {
                    throw new ListVersionRefused(UPLOAD, "", "the ZIP holds two files named " + name);
                }
                if (names.size() > MAX_FILES) {
                    throw new ListVersionRefused(UPLOAD, "", "the ZIP holds more than " + MAX_FILES + " files");
                }
                unpacked += copyBounded(in, version.resolve(name), MAX_UNPACKED_BYTES - unpacked, name);
            }
        } catch (java.util.zip.ZipException e) {
            throw new ListVersionRefused(UPLOAD, "", "not a readable ZIP archive: " + e.getMessage());
        }
        if (names.isEmpty()) {
            throw new ListVersionRefused(UPLOAD, "", "the ZIP holds no file");
        }
    }

    /** The entry's file name without its folders; never a path that could leave the version folder. */
    private static String fileName(ZipEntry entry) {
        String name = entry.getName().replace('\\', '/');
        return name.substring(name.lastIndexOf('/') + 1).strip();
    }

    private static long copyBounded(InputStream in, Path target, long allowed, String name) throws IOException {
        byte[] buffer = new byte[64 * 1024];
        long written = 0;
        try (OutputStream out = Files.newOutputStream(target)) {
            for (int read; (read = in.read(buffer)) > 0; ) {
                written += read;
                if (written > allowed) {
                    throw new ListVersionRefused(name, "", "the ZIP unpacks to more than "
                            + MAX_UNPACKED_BYTES / (1024 * 1024) + " MB");
                }
                out.write(buffer, 0, read);
            }
        }
        return written;
    }

    @Override
    public byte[] pack(Path location) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (Path file : filesOf(location)) {
                zip.putNextEntry(new ZipEntry(file.getFileName().toString()));
                Files.copy(file, zip);
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot pack the list version at " + location, e);
        }
        return bytes.toByteArray();
    }

    private static List<Path> filesOf(Path location) throws IOException {
        if (Files.isRegularFile(location)) {
            return List.of(location);
        }
        try (Stream<Path> children = Files.list(location)) {
            return children.filter(Files::isRegularFile).filter(p -> !p.getFileName().toString().startsWith("."))
                    .sorted().toList();
        }
    }

    private static Path temporaryDirectory() {
        try {
            return Files.createTempDirectory("interdict-list-version-");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a temporary folder for a list version", e);
        }
    }

    private static void delete(Path root) {
        try (Stream<Path> walk = Files.walk(root)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a temporary folder left behind is cleaned with the others; the version read is not affected
        }
    }
}
