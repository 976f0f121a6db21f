package io.interdict.screening.infrastructure.lists;

import io.interdict.screening.domain.model.ListSource;
import io.interdict.screening.domain.model.list.ListFormat;
import java.util.ArrayList;
import java.util.List;

/** Every list format Interdict reads, for wiring into {@code ListsDirectory}. */
public final class ListFormats {

    private ListFormats() {
    }

    public static List<ListFormat> all() {
        List<ListFormat> formats = new ArrayList<>();
        formats.add(OfacCsvSetReader.sdn());
        formats.add(OfacCsvSetReader.consolidated());
        formats.add(new OfacXmlReader(ListSource.US_OFAC_SDN));
        formats.add(new OfacXmlReader(ListSource.US_OFAC_CONS));
        formats.add(new UnConsolidatedXmlReader());
        formats.add(new OfsiConListXlsxReader());
        formats.add(new OfsiConListCsvReader());
        formats.add(new CslCsvReader());
        return List.copyOf(formats);
    }
}
