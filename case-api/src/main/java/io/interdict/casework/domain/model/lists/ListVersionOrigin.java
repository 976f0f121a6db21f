package io.interdict.casework.domain.model.lists;

/** How a version reached the server. */
public enum ListVersionOrigin {
    /** Read from the lists directory at start-up (the quick start, or files an operator put there). */
    DIRECTORY,
    /** Uploaded by an administrator through the API. */
    UPLOAD
}
