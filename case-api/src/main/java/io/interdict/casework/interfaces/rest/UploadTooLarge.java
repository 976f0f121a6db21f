package io.interdict.casework.interfaces.rest;

/** A batch larger than the server takes in one request: answered 413, saying the limit. */
public class UploadTooLarge extends RuntimeException {

    public UploadTooLarge(String message) {
        super(message);
    }
}
