package io.interdict.casework.application;

import io.interdict.casework.domain.model.lists.ListVersionId;

/** No version of that list has this id. */
public class ListVersionNotFound extends NotFound {

    public ListVersionNotFound(ListVersionId id) {
        super("list version", id);
    }
}
