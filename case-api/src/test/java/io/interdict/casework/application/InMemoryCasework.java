package io.interdict.casework.application;

import io.interdict.casework.domain.model.attachments.Attachment;
import io.interdict.casework.domain.model.attachments.Attachments;
import io.interdict.casework.domain.model.audit.AuditChain;
import io.interdict.casework.domain.model.audit.AuditEvent;
import io.interdict.casework.domain.model.audit.AuditRecord;
import io.interdict.casework.domain.model.audit.AuditSubject;
import io.interdict.casework.domain.model.audit.AuditTrail;
import io.interdict.casework.domain.model.blocking.BlockedProperty;
import io.interdict.casework.domain.model.blocking.BlockedPropertyRegister;
import io.interdict.casework.domain.model.cases.Alert;
import io.interdict.casework.domain.model.cases.Answer;
import io.interdict.casework.domain.model.cases.CaseCursor;
import io.interdict.casework.domain.model.cases.CaseFigures;
import io.interdict.casework.domain.model.cases.CaseId;
import io.interdict.casework.domain.model.cases.CasePage;
import io.interdict.casework.domain.model.cases.CaseQuery;
import io.interdict.casework.domain.model.cases.CaseSelection;
import io.interdict.casework.domain.model.cases.CaseStatus;
import io.interdict.casework.domain.model.cases.EscalationOutcome;
import io.interdict.casework.domain.model.cases.IdentifierComparison;
import io.interdict.casework.domain.model.cases.Priority;
import io.interdict.casework.domain.model.cases.Queue;
import io.interdict.casework.domain.model.cases.ScreeningCase;
import io.interdict.casework.domain.model.cases.ScreeningCaseRepository;
import io.interdict.casework.domain.model.cases.TriageOutcome;
import io.interdict.casework.domain.model.cases.ValidMatchChecklist;
import io.interdict.casework.domain.model.notification.ManagerNotification;
import io.interdict.casework.domain.model.ownership.OwnershipLoad;
import io.interdict.casework.domain.model.ownership.OwnershipRepository;
import io.interdict.screening.domain.ownership.OwnershipLink;
import io.interdict.casework.domain.model.notification.ManagerNotifications;
import io.interdict.casework.domain.model.notification.NotificationPage;
import io.interdict.casework.domain.model.reporting.Institution;
import io.interdict.casework.domain.model.reporting.OfacReport;
import io.interdict.casework.domain.model.reporting.OfacReports;
import io.interdict.casework.domain.model.reporting.ReportType;
import io.interdict.casework.domain.model.screening.ScreeningRequest;
import io.interdict.casework.domain.model.screening.ScreeningRequestRepository;
import io.interdict.casework.domain.model.suppression.AcceptedFalseHit;
import io.interdict.casework.domain.model.suppression.AcceptedFalseHits;
import io.interdict.casework.domain.model.suppression.SuppressionKey;
import io.interdict.casework.infrastructure.calendar.UsFederalHolidays;
import io.interdict.screening.application.Screener;
import io.interdict.screening.domain.model.ListSource;
import io.interdict.screening.domain.model.entry.EntityType;
import io.interdict.screening.domain.model.entry.EntryFingerprint;
import io.interdict.screening.domain.model.entry.EntryName;
import io.interdict.screening.domain.model.entry.ListEntry;
import io.interdict.screening.domain.model.list.ListVersion;
import io.interdict.screening.domain.model.list.SanctionsList;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Casework's use cases wired to in-memory repositories, a recording audit trail and workflow, a fixed clock and a
 * two-entry SDN list: fast tests of what the use cases do, beside the integration tests in the real server.
 */
final class InMemoryCasework {

    static final Instant NOW = Instant.parse("2026-12-02T09:00:00Z");
    static final String KOMID = "KOREA MINING DEVELOPMENT TRADING CORPORATION";

    final SettableClock clock;
    final Cases cases = new Cases();
    final Screenings screenings = new Screenings();
    final FalseHits falseHits = new FalseHits();
    final Trail trail = new Trail();
    final Workflow workflow = new Workflow();
    final Notifications notifications = new Notifications();
    final Lists lists = new Lists();
    final Register register = new Register();
    final Reports reports = new Reports();
    final Documents attachments = new Documents();
    final ReportingObligations obligations = new ReportingObligations();
    final ReportWork reportWork = new ReportWork();
    final ReportProcesses reportProcesses = new ReportProcesses();

    final OwnershipLoads ownershipLoads = new OwnershipLoads();
    final OwnershipData ownership = new OwnershipData();
    final CaseOpening caseOpening = new CaseOpening();
    final ScreeningReplays replays = new ScreeningReplays();
    final ScreeningAnswers answers = new ScreeningAnswers();
    final PartyScreening screening = new PartyScreening();
    final CaseWork caseWork = new CaseWork();
    final ManagerInbox inbox = new ManagerInbox();

    InMemoryCasework() {
        this(NOW);
    }

    /** Casework on the day of {@code now} (the clock stands still there). */
    InMemoryCasework(Instant now) {
        clock = new SettableClock(now);
        CaseChanges changes = new CaseChanges();
        changes.cases = cases;
        changes.auditTrail = trail;

        screening.activeLists = lists;
        screening.screenings = screenings;
        caseOpening.caseChanges = changes;
        caseOpening.prioritisation = InMemoryCasework::dprkFirst;
        caseOpening.workflow = workflow;
        replays.screenings = screenings;
        answers.screenings = screenings;
        screening.caseOpening = caseOpening;
        screening.replays = replays;
        screening.acceptedFalseHits = falseHits;
        screening.auditTrail = trail;
        screening.clock = clock;
        ownership.repository = ownershipLoads;
        ownership.auditTrail = trail;
        ownership.clock = clock;
        screening.ownership = ownership;

        inbox.notifications = notifications;
        inbox.auditTrail = trail;
        inbox.clock = clock;

        RefusalRecorder refusals = new RefusalRecorder();
        refusals.auditTrail = trail;
        caseWork.changes = changes;
        caseWork.cases = cases;
        caseWork.acceptedFalseHits = falseHits;
        caseWork.workflow = workflow;
        caseWork.refusals = refusals;
        caseWork.inbox = inbox;
        caseWork.clock = clock;
        caseWork.obligations = obligations;

        obligations.register = register;
        obligations.reports = reports;
        obligations.auditTrail = trail;
        obligations.profile = new DemoBank();
        obligations.calendar = new UsFederalHolidays();
        obligations.clock = clock;
        obligations.workflow = reportProcesses;

        reportWork.reports = reports;
        reportWork.register = register;
        reportWork.auditTrail = trail;
        reportWork.refusals = refusals;
        reportWork.clock = clock;
        reportWork.workflow = reportProcesses;
        reportWork.inbox = inbox;
    }

    /** A clock that stands still until a test moves it to another moment (the next day of a story). */
    static final class SettableClock extends Clock {
        private Instant now;

        SettableClock(Instant now) {
            this.now = now;
        }

        void set(Instant moment) {
            now = moment;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return Clock.fixed(now, zone);
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    /** A stand-in for the prioritisation table: DPRK hits critical in their own queue, the rest medium. */
    private static ScreeningCase.TriagePlan dprkFirst(Alert strongest,
                                                      Instant openedAt) {
        boolean dprk = strongest.programmes().stream().anyMatch(p -> p.startsWith("DPRK"));
        return new ScreeningCase.TriagePlan(dprk ? Priority.CRITICAL : Priority.MEDIUM, new Queue(dprk ? "dprk" : "sanctions"),
                openedAt.plus(Duration.ofHours(4)));
    }

    /** OFAC's checklist answered for a valid match: what an escalation needs. */
    static final ValidMatchChecklist VALID_MATCH = new ValidMatchChecklist(Answer.YES, Answer.NO, Answer.NO,
            IdentifierComparison.AGREE, Answer.YES);

    /**
     * A KOMID hit of the party with this reference, escalated by an analyst, decided {@code outcome} by a manager
     * and handed over to reporting, as the workflow does.
     */
    CaseId decided(EscalationOutcome outcome, String reference) {
        CaseId caseId = new CaseId(screening.screen(new ScreeningCommand(KOMID, Optional.of(EntityType.ENTITY),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.of(reference), List.of()), "service",
                Optional.empty()).result().caseId());
        caseWork.triage(caseId, "analyst", TriageOutcome.ESCALATE, "full name match", VALID_MATCH);
        caseWork.decideEscalation(caseId, "manager", outcome, "listed entity: " + outcome);
        caseWork.handOverToReporting(caseId);
        return caseId;
    }

    /** The report a {@link #decided} case owes. */
    OfacReport reportOf(EscalationOutcome outcome, String reference) {
        return reports.ofCase(decided(outcome, reference)).get(0);
    }

    /** The filing packs of these reports and register entries. */
    FilingPacks packs() {
        FilingPacks packs = new FilingPacks();
        packs.reports = reports;
        packs.register = register;
        packs.auditTrail = trail;
        packs.attachments = attachments;
        return packs;
    }

    /** The case exports of these cases, with their reports, register entries, documents and trail. */
    CaseExports exports() {
        CaseQueries queries = new CaseQueries();
        queries.cases = cases;
        queries.auditTrail = trail;
        queries.register = register;
        queries.reports = reports;
        CaseExports exports = new CaseExports();
        exports.cases = cases;
        exports.reports = reports;
        exports.register = register;
        exports.attachments = attachments;
        exports.queries = queries;
        exports.auditTrail = trail;
        exports.clock = clock;
        return exports;
    }

    /** The actions recorded about one subject, in order. */
    List<String> actionsAbout(Object subjectId) {
        return trail.records.stream().filter(r -> r.subjectId().equals(subjectId.toString()))
                .map(r -> r.action().name()).toList();
    }

    static final class Cases implements ScreeningCaseRepository {
        final Map<CaseId, ScreeningCase> stored = new LinkedHashMap<>();
        /** Each case's state as it was when stored. */
        final Map<CaseId, String> storedStates = new HashMap<>();

        @Override
        public void store(ScreeningCase screeningCase) {
            stored.put(screeningCase.id(), screeningCase);
            storedStates.put(screeningCase.id(), screeningCase.stateSummary());
        }

        @Override
        public Optional<ScreeningCase> find(CaseId id) {
            return Optional.ofNullable(stored.get(id));
        }

        @Override
        public CasePage search(CaseQuery query) {
            throw new UnsupportedOperationException("not needed by the use cases under test");
        }

        @Override
        public List<CaseId> mostUrgentUnclaimed(Optional<Queue> queue, int limit) {
            return stored.values().stream()
                    .filter(c -> c.status() == CaseStatus.IN_TRIAGE && c.assignee().isEmpty())
                    .filter(c -> queue.map(q -> q.equals(c.queue())).orElse(true))
                    .sorted(Comparator.comparing(ScreeningCase::priority).reversed()
                            .thenComparing(ScreeningCase::createdAt))
                    .limit(limit).map(ScreeningCase::id).toList();
        }

        @Override
        public CaseFigures figures(Instant now, Instant hitsSince) {
            throw new UnsupportedOperationException("not needed by the use cases under test");
        }

        @Override
        public long count(CaseSelection selection) {
            return stored.values().stream().filter(c -> selection.takes(c.createdAt(), c.status())).count();
        }

        /** In the database's order: opening time, then id as PostgreSQL compares UUIDs (their bytes, unsigned). */
        @Override
        public List<ScreeningCase> selected(CaseSelection selection, Optional<CaseCursor> after, int size) {
            Comparator<CaseCursor> order = Comparator.comparing(CaseCursor::openedAt)
                    .thenComparing(cursor -> cursor.caseId().toString());
            return stored.values().stream().filter(c -> selection.takes(c.createdAt(), c.status()))
                    .filter(c -> after.map(a -> order.compare(CaseCursor.of(c), a) > 0).orElse(true))
                    .sorted(Comparator.comparing(CaseCursor::of, order)).limit(size).toList();
        }

        @Override
        public List<CaseId> openWithAlertOn(String listKey, java.util.Collection<String> entryIds) {
            return stored.values().stream().filter(c -> c.status().isOpen())
                    .filter(c -> c.alerts().stream().anyMatch(a -> a.entry().source().equals(listKey)
                            && entryIds.contains(a.entry().entryId())))
                    .map(ScreeningCase::id).toList();
        }
    }

    static final class Screenings implements ScreeningRequestRepository {
        final List<ScreeningRequest> stored = new ArrayList<>();

        @Override
        public void store(ScreeningRequest request) {
            stored.add(request);
        }

        @Override
        public Optional<ScreeningRequest> byIdempotencyKey(String requestedBy, String idempotencyKey) {
            return stored.stream().filter(r -> r.requestedBy().equals(requestedBy)
                    && idempotencyKey.equals(r.idempotencyKey().orElse(null))).findFirst();
        }

        /** In the order of the screenings' ids, as the database's primary key index has them. */
        @Override
        public List<StoredParty> partiesAfter(Optional<UUID> after, int limit) {
            return stored.stream().sorted(Comparator.comparing(ScreeningRequest::id))
                    .filter(r -> after.map(a -> r.id().compareTo(a) > 0).orElse(true)).limit(limit)
                    .map(r -> new StoredParty(r.id(), r.party())).toList();
        }
    }

    /** Loads of ownership data, the latest last. */
    static final class OwnershipLoads implements OwnershipRepository {
        final Map<UUID, List<OwnershipLink>> links = new LinkedHashMap<>();
        final List<OwnershipLoad> loads = new ArrayList<>();

        @Override
        public void store(OwnershipLoad load, List<OwnershipLink> loaded) {
            loads.add(load);
            links.put(load.id(), List.copyOf(loaded));
        }

        @Override
        public Optional<OwnershipLoad> latest() {
            return loads.isEmpty() ? Optional.empty() : Optional.of(loads.get(loads.size() - 1));
        }

        @Override
        public List<OwnershipLink> linksOf(OwnershipLoad load) {
            return links.get(load.id());
        }
    }

    static final class FalseHits implements AcceptedFalseHits {
        final List<AcceptedFalseHit> accepted = new ArrayList<>();

        @Override
        public void accept(AcceptedFalseHit hit) {
            accepted.add(hit);
        }

        @Override
        public Set<SuppressionKey> acceptedFor(String partyReference, String partyFingerprint) {
            return accepted.stream().map(AcceptedFalseHit::key)
                    .filter(k -> k.partyReference().equals(partyReference)
                            && k.partyFingerprint().equals(partyFingerprint))
                    .collect(Collectors.toSet());
        }

        @Override
        public List<AcceptedFalseHit> newest(int page, int size) {
            List<AcceptedFalseHit> latestFirst = new ArrayList<>(accepted);
            Collections.reverse(latestFirst);
            return latestFirst.stream().skip((long) page * size).limit(size).toList();
        }
    }

    static final class Trail implements AuditTrail {
        final List<AuditRecord> records = new ArrayList<>();

        @Override
        public AuditEvent append(AuditRecord record) {
            records.add(record);
            return null;
        }

        @Override
        public List<AuditEvent> about(AuditSubject subject, String subjectId) {
            return records.stream().filter(r -> r.subjectType().equals(subject.typeName())
                    && r.subjectId().equals(subjectId)).map(r -> AuditEvent.recorded(NOW, r)).toList();
        }

        @Override
        public AuditChain.Verification verify() {
            throw new UnsupportedOperationException("not needed by the use cases under test");
        }
    }

    /** Records what casework asked of the workflow. */
    static final class Workflow implements CaseWorkflow {
        final List<String> calls = new ArrayList<>();

        @Override
        public String start(ScreeningCase screeningCase) {
            calls.add("start " + screeningCase.id() + " due " + screeningCase.slaDueAt());
            return "process-" + screeningCase.id();
        }

        @Override
        public void triaged(ScreeningCase screeningCase, String analyst, TriageOutcome outcome) {
            calls.add("triaged " + outcome + " by " + analyst);
        }

        @Override
        public void escalationDecided(ScreeningCase screeningCase, String manager, EscalationOutcome outcome) {
            calls.add("decided " + outcome + " by " + manager);
        }

        @Override
        public void claimed(ScreeningCase screeningCase, String user) {
            calls.add("claimed by " + user);
        }

        @Override
        public Optional<String> currentTask(ScreeningCase screeningCase) {
            return Optional.empty();
        }

        @Override
        public Optional<byte[]> diagram(ScreeningCase screeningCase) {
            return Optional.empty();
        }
    }

    static final class Notifications implements ManagerNotifications {
        final List<ManagerNotification> added = new ArrayList<>();

        @Override
        public void add(ManagerNotification notification) {
            added.add(notification);
        }

        @Override
        public Optional<ManagerNotification> find(UUID id) {
            return added.stream().filter(n -> n.id().equals(id)).findFirst();
        }

        @Override
        public NotificationPage list(boolean open, int page, int size) {
            throw new UnsupportedOperationException("not needed by the use cases under test");
        }
    }

    /** KOMID (DPRK) and a non-DPRK bank, in one SDN version. */
    /** A bank in New York, as the institution file of the quick start describes one. */
    static final class DemoBank implements InstitutionProfile {
        @Override
        public Institution institution() {
            return new Institution("Example Bank", "1 Example Plaza, New York, NY 10004", "Sanctions Officer",
                    "sanctions@example.com", null);
        }

        @Override
        public ZoneId zone() {
            return ZoneId.of("America/New_York");
        }
    }

    static final class Register implements BlockedPropertyRegister {
        final List<BlockedProperty> entries = new ArrayList<>();

        @Override
        public void add(BlockedProperty property) {
            entries.add(property);
        }

        @Override
        public Optional<BlockedProperty> find(UUID id) {
            return entries.stream().filter(p -> p.id().equals(id)).findFirst();
        }

        @Override
        public List<BlockedProperty> ofCase(CaseId caseId) {
            return entries.stream().filter(p -> p.caseId().equals(caseId)).toList();
        }

        @Override
        public List<BlockedProperty> heldOn(LocalDate day) {
            return entries.stream().filter(p -> p.heldOn(day)).toList();
        }

        @Override
        public List<BlockedProperty> search(RegisterQuery query) {
            return List.copyOf(entries);
        }
    }

    static final class Reports implements OfacReports {
        final List<OfacReport> opened = new ArrayList<>();

        @Override
        public void add(OfacReport report) {
            opened.add(report);
        }

        @Override
        public Optional<OfacReport> find(UUID id) {
            return opened.stream().filter(r -> r.id().equals(id)).findFirst();
        }

        @Override
        public List<OfacReport> ofCase(CaseId caseId) {
            return opened.stream().filter(r -> r.caseId().equals(Optional.of(caseId))).toList();
        }

        @Override
        public Optional<OfacReport> annualAsOf(LocalDate asOf) {
            return opened.stream().filter(r -> r.type() == ReportType.ANNUAL_BLOCKED_PROPERTY
                    && r.eventDate().equals(asOf)).findFirst();
        }

        @Override
        public List<OfacReport> search(ReportQuery query) {
            return List.copyOf(opened);
        }
    }

    static final class Documents implements Attachments {
        final Map<Attachment, byte[]> stored = new LinkedHashMap<>();

        @Override
        public void add(Attachment attachment, byte[] content) {
            stored.put(attachment, content.clone());
        }

        @Override
        public Optional<Attachment> find(UUID id) {
            return stored.keySet().stream().filter(a -> a.id().equals(id)).findFirst();
        }

        @Override
        public List<Attachment> ofCase(CaseId caseId) {
            return stored.keySet().stream().filter(a -> a.caseId().equals(caseId)).toList();
        }

        @Override
        public Optional<byte[]> content(UUID id) {
            return find(id).map(stored::get);
        }
    }

    /** Records what the report workflow is told, as "step report-id". */
    static final class ReportProcesses implements ReportWorkflow {
        final List<String> calls = new ArrayList<>();

        @Override
        public void start(OfacReport report, Instant reminderAt, Instant overdueAt) {
            calls.add("start " + report.id() + " remind " + reminderAt + " overdue " + overdueAt);
        }

        @Override
        public void drafted(OfacReport report, String drafter) {
            calls.add("drafted " + report.id());
        }

        @Override
        public void signedOff(OfacReport report, String manager) {
            calls.add("signed off " + report.id());
        }

        @Override
        public void filed(OfacReport report, String user) {
            calls.add("filed " + report.id());
        }

        @Override
        public Optional<String> currentStep(OfacReport report) {
            return Optional.empty();
        }

        @Override
        public Map<UUID, String> currentSteps(List<OfacReport> reports) {
            return Map.of();
        }
    }

    static final class Lists implements ActiveLists {
        private final ListVersion version = new ListVersion(ListSource.US_OFAC_SDN, "2024-05-03", Optional.empty(),
                "0".repeat(64), List.of("sdn.csv"));
        private final Screener screener = new Screener(List.of(new SanctionsList(version, List.of(
                ListEntry.builder(ListSource.US_OFAC_SDN, "9214", EntityType.ENTITY).name(EntryName.primary(KOMID))
                        .programme("DPRK").build(),
                ListEntry.builder(ListSource.US_OFAC_SDN, "306", EntityType.ENTITY)
                        .name(EntryName.primary("BANCO NACIONAL DE CUBA")).programme("CUBA").build()))));

        private ListsInForce inForce = new ListsInForce(screener, Map.of(ListSource.US_OFAC_SDN, version));

        @Override
        public ListsInForce inForce() {
            return inForce;
        }

        @Override
        public Map<ListSource, ListVersion> versions() {
            return inForce.versions();
        }

        @Override
        public Screener index(List<SanctionsList> lists) {
            return new Screener(lists);
        }

        @Override
        public Replacement replace(SanctionsList list) {
            List<SanctionsList> lists = new java.util.ArrayList<>(inForce.screener().lists().stream()
                    .filter(l -> l.source() != list.source()).toList());
            lists.add(list);
            ListsInForce replacement = ListsInForce.of(new Screener(lists));
            return new Replacement() {
                @Override
                public ListsInForce lists() {
                    return replacement;
                }

                @Override
                public void apply() {
                    inForce = replacement;
                }
            };
        }

        @Override
        public String fingerprintOf(ListEntry entry) {
            return EntryFingerprint.of(entry);
        }
    }
}
