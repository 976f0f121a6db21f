package io.interdict.casework.application;

import io.interdict.casework.domain.model.audit.AuditAction;
import io.interdict.casework.domain.model.audit.AuditRecord;
import io.interdict.casework.domain.model.audit.AuditTrail;
import io.interdict.casework.domain.model.ownership.OwnershipLoad;
import io.interdict.casework.domain.model.ownership.OwnershipRepository;
import io.interdict.screening.domain.ownership.OwnershipLink;
import io.interdict.screening.domain.ownership.OwnershipRegister;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The institution's ownership data for the 50 percent rule: a load replaces the register in force whole (the
 * ownership extract of a KYC or corporate-registry system), is kept with who loaded it, and is audited. Screening
 * reads the register in force from memory, read from the database once and replaced by each load.
 */
@ApplicationScoped
public class OwnershipData {

    @Inject
    OwnershipRepository repository;

    @Inject
    AuditTrail auditTrail;

    @Inject
    Clock clock;

    @Resource
    TransactionSynchronizationRegistry transactions;

    private volatile OwnershipRegister inForce;

    /** A load kept, and how many parties it says something about. */
    public record Loaded(OwnershipLoad load, int ownedParties) {
    }

    /**
     * @throws OwnershipRefused when the links cannot all be true at once (a party's owners holding more than 100 %)
     */
    @Transactional
    public Loaded load(List<OwnershipLink> links, String sha256, String actor) {
        OwnershipRegister register = register(links);
        OwnershipLoad load = new OwnershipLoad(UUID.randomUUID(), actor, clock.instant(), links.size(), sha256);
        repository.store(load, links);
        int owned = (int) links.stream().map(OwnershipLink::owned).distinct().count();
        auditTrail.append(AuditRecord.of(actor, AuditAction.OWNERSHIP_LOADED, load.id(), links.size()
                        + " ownership link(s) of " + owned + " owned part(ies) loaded, replacing the register in force;"
                        + " file sha256 " + sha256)
                .withStates(null, "links=" + links.size() + ", owned=" + owned));
        afterCommit(() -> inForce = register);
        return new Loaded(load, owned);
    }

    /** The register in force: the latest load's links; empty before any load. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public OwnershipRegister register() {
        OwnershipRegister current = inForce;
        if (current == null) {
            current = repository.latest().map(load -> new OwnershipRegister(repository.linksOf(load)))
                    .orElseGet(() -> new OwnershipRegister(List.of()));
            inForce = current;
        }
        return current;
    }

    /** The latest load, if any. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<OwnershipLoad> latest() {
        return repository.latest();
    }

    /** Screening reads the new register only once the load is committed; without a transaction (tests), at once. */
    private void afterCommit(Runnable action) {
        if (transactions == null || transactions.getTransactionKey() == null) {
            action.run();
            return;
        }
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
                // nothing to do before
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    action.run();
                }
            }
        });
    }

    private static OwnershipRegister register(List<OwnershipLink> links) {
        try {
            return new OwnershipRegister(links);
        } catch (IllegalArgumentException e) {
            throw new OwnershipRefused(e.getMessage());
        }
    }
}
