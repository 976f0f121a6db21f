package io.interdict.casework.infrastructure.documents;

import io.interdict.casework.application.ContentTypes;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.tika.Tika;

/**
 * Apache Tika's detector: magic bytes first (a PDF is a PDF whatever it is called), the name only to tell kinds of
 * text apart. tika-core alone: it reads signatures, it parses nothing.
 */
@ApplicationScoped
public class TikaContentTypes implements ContentTypes {

    private final Tika tika = new Tika();

    @Override
    public String detect(byte[] content, String fileName) {
        return tika.detect(content, fileName);
    }
}
