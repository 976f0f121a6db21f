package io.interdict.screening.infrastructure.lists;

import io.interdict.screening.domain.model.ListSource;
import io.interdict.screening.domain.model.list.ListFormatException;
import io.interdict.screening.domain.model.list.ListVersion;
import io.interdict.screening.domain.model.list.SanctionsList;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.xml.sax.SAXException;

/**
 * Reads OFSI's ConList spreadsheet ({@code ConList.xlsx}; row 1 {@code Last Updated}, row 2 the header, then one
 * row per name). The sheet and its shared strings are streamed with POI's SAX-based event API rather than loaded
 * as a workbook (or through XMLBeans): 18,800 rows of long remarks cost seconds and hundreds of megabytes that way. POI's guards stay on: its zip-bomb ratio check and
 * an XML parser that refuses DTDs (see {@link SecureSax}).
 */
public final class OfsiConListXlsxReader extends SingleFileListFormat {

    public OfsiConListXlsxReader() {
        super("an OFSI ConList workbook", ".xlsx");
    }

    @Override
    public ListSource source() {
        return ListSource.UK_OFSI;
    }

    @Override
    public SanctionsList read(Path location) {
        Path file = file(location);
        String name = file.getFileName().toString();
        Rows rows = new Rows(name);
        SheetRowHandler[] handler = new SheetRowHandler[1];
        try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
            XSSFReader reader = new XSSFReader(pkg);
            Iterator<InputStream> sheets = reader.getSheetsData();
            if (!sheets.hasNext()) {
                throw new ListFormatException(name, "", "the workbook has no sheet");
            }
            SharedStringsHandler strings = new SharedStringsHandler();
            try (InputStream part = reader.getSharedStringsData()) {
                parse(part, strings);
            }
            handler[0] = new SheetRowHandler(strings.strings(), rows::row);
            try (InputStream sheet = sheets.next()) {
                parse(sheet, handler[0]);
            }
        } catch (ListFormatException e) {
            throw e;
        } catch (IOException | OpenXML4JException | SAXException | ParserConfigurationException
                 | RuntimeException e) {
            String position = handler[0] == null ? "" : "row " + handler[0].currentRow();
            throw new ListFormatException(name, position, "not a readable xlsx workbook: " + e.getMessage(), e);
        }
        ListVersion version = new ListVersion(ListSource.UK_OFSI, SingleFileVersion.label(location), rows.published(),
                ContentHash.of(List.of(file)), List.of(name));
        return Lists.assemble(version, rows.targets().entries());
    }

    private static void parse(InputStream part, org.xml.sax.ContentHandler handler)
            throws IOException, SAXException, ParserConfigurationException {
        SecureSax.parse(part, handler);
    }

    /** Hands the rows on: row 1 holds the date, row 2 the header, the rest one name each. */
    private static final class Rows {
        private final String file;
        private final OfsiTargets targets;
        private Optional<LocalDate> published = Optional.empty();

        Rows(String file) {
            this.file = file;
            this.targets = new OfsiTargets(file, "row");
        }

        void row(int rowNum, List<String> cells) {
            long number = rowNum + 1L; // as the spreadsheet shows it
            if (rowNum == 0) {
                published = OfsiTargets.lastUpdated(file, "row 1", cells);
            } else if (rowNum == 1) {
                targets.header(number, cells);
            } else if (cells.stream().anyMatch(c -> !c.isBlank())) {
                targets.row(number, cells);
            }
        }

        Optional<LocalDate> published() {
            return published;
        }

        OfsiTargets targets() {
            return targets;
        }
    }
}
