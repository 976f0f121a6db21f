package io.interdict.casework.application;

/** What a document's bytes are, whatever its name or sender says (a port: infrastructure asks Apache Tika). */
public interface ContentTypes {

    /** The media type of the content, e.g. {@code application/pdf}; the name only helps among text kinds. */
    String detect(byte[] content, String fileName);
}
