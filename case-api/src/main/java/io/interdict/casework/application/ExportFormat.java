package io.interdict.casework.application;

/** One way to write an export out (PDF, CSV). */
public interface ExportFormat {

    /** The format's name in requests ({@code pdf}, {@code csv}). */
    String name();

    String mediaType();

    byte[] render(ExportDocument pack);
}
