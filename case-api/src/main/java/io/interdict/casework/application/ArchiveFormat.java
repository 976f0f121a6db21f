package io.interdict.casework.application;

import java.io.IOException;
import java.io.OutputStream;

/**
 * How a bulk export of case histories is written out (a ZIP: one JSON entry per case, a manifest and a README). The
 * port lets the use case stream into any archive without knowing its layout; the adapter is in infrastructure.
 */
public interface ArchiveFormat {

    /** Starts writing the archive to {@code out}; the sink is closed by whoever opened it. */
    Sink open(CaseArchive.Archive archive, OutputStream out) throws IOException;

    /** An archive being written, one case after the other: nothing but the case at hand need stay in memory. */
    interface Sink extends AutoCloseable {

        void add(CaseArchive.ArchivedCase archivedCase) throws IOException;

        /** Writes what follows the cases (the manifest) and ends the archive. */
        void finish(int written) throws IOException;

        /** Lets go of what the sink holds (temporary files); does not close the stream it was given. */
        @Override
        void close() throws IOException;
    }
}
