package io.interdict.casework.domain.model.ownership;

import io.interdict.screening.domain.ownership.OwnershipLink;
import java.util.List;
import java.util.Optional;

/** Where the loads of ownership data are kept: a port. */
public interface OwnershipRepository {

    void store(OwnershipLoad load, List<OwnershipLink> links);

    /** The latest load: the ownership in force. */
    Optional<OwnershipLoad> latest();

    List<OwnershipLink> linksOf(OwnershipLoad load);
}
