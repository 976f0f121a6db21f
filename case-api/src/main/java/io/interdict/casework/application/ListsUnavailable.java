package io.interdict.casework.application;

/** No sanctions lists are loaded, so nothing can be screened. */
@jakarta.ejb.ApplicationException
public class ListsUnavailable extends RuntimeException {

    public ListsUnavailable() {
        super("no sanctions lists are loaded: the administrator must configure the lists directory"
                + " (interdict.lists.dir / INTERDICT_LISTS_DIR)");
    }
}
