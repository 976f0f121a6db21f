package io.interdict.casework.domain.model.blocking;

import io.interdict.casework.domain.model.reporting.MonetaryValue;
import io.interdict.casework.domain.model.reporting.PropertyType;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What the drafter of the initial report says of blocked property that the case did not hold (501.603(b)(1)(ii)):
 * the kind of property, a description, the actual or estimated value, the blocked account's reference and the
 * transaction associated with the blocking, if any.
 */
public record PropertyDescription(Optional<PropertyType> type, Optional<String> description,
                                  Optional<MonetaryValue> value, Optional<String> accountReference,
                                  Optional<String> transactionDescription) {

    /** The fields a report cannot be signed off without, by their API names. */
    public List<String> missingForReport() {
        List<String> missing = new ArrayList<>();
        type.ifPresentOrElse(t -> { }, () -> missing.add("propertyType"));
        description.ifPresentOrElse(d -> { }, () -> missing.add("description"));
        value.ifPresentOrElse(v -> { }, () -> missing.add("value"));
        return missing;
    }
}
