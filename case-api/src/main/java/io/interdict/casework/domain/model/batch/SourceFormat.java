package io.interdict.casework.domain.model.batch;

/** How the batch was sent; it says whether an item's position is a CSV line number or a JSON array index. */
public enum SourceFormat {
    CSV, JSON
}
