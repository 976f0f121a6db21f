package io.interdict.casework.application;

/** One way to write a filing pack out (PDF, CSV). */
public interface FilingPackFormat {

    /** The format's name in requests ({@code pdf}, {@code csv}). */
    String name();

    String mediaType();

    byte[] render(FilingPack pack);
}
