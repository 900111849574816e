package org.ketnghia.core.ledger;

import static java.util.Objects.requireNonNull;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Function;
import org.ketnghia.core.admin.AdministrativeRegistry;
import org.ketnghia.core.error.KetnghiaException;
import org.ketnghia.core.error.Problem;
import org.ketnghia.core.error.Problems;
import org.ketnghia.core.ledger.internal.Today;

/**
 * The programme ledger: the append-only record of everything that happens in a programme, and
 * the projections (current state) folded from it.
 *
 * <p>{@link #submit} runs a command through the whole path: permission check, handler
 * validation against the current projections, sealing the events into the hash chain, an atomic
 * append with optimistic concurrency, and finally folding the events into every projection. A
 * command that is refused or rejected appends nothing. When another writer (another process on
 * the same durable store) appended in between, the ledger catches up and validates again, up to
 * {@value #MAX_ATTEMPTS} times.
 *
 * <h2>Group commit (ghi gộp)</h2>
 *
 * <p>A durable store pays for every append with a flush to disk, so many officers recording at once
 * would each wait for their own. Instead, commands submitted by many threads at once share appends: while
 * one group is being recorded, arriving commands queue; one of their threads (the leader; the others
 * wait) then takes every queued command as the next group and, under the write lock,
 * <ol>
 *   <li>checks them one after another, each against the state that includes every command accepted
 *       before it — of earlier groups and earlier in its own group — so that a command may use what the
 *       one before it registered;
 *   <li>seals the accepted commands' events into the chain, in that order;
 *   <li>appends them all with one {@link EventStore#append} (one transaction in a JDBC store, which writes the
 *       keys of new data subjects too when personal fields are encrypted and the key store shares its database:
 *       {@link EventChain#append});
 *   <li>folds them into the projections, and only then returns each caller its own events: a command is
 *       acknowledged only once it is durable.
 * </ol>
 * A command that is refused or breaks a rule fails only its own caller, with its own exception (a
 * handler's unexpected {@link RuntimeException} too), and leaves no trace in the state the others are
 * checked against: its drafts are never applied. If the append fails, every projection ahead of the
 * store is restored from it; after a concurrent append by another writer the group is checked and
 * appended again (up to {@value #MAX_ATTEMPTS} times), any other failure (the store unavailable) fails
 * every caller of the group with that exception. A caller alone finds no queue and records at once, as
 * if there were no grouping: nothing ever waits for company. The thread that recorded a group hands the
 * lead to the oldest queued command, so no caller keeps recording for others indefinitely.
 *
 * <p>Thread-safe. {@link #read} and {@link #lastSequence} run under a read lock: readers see the state
 * after whole groups (and batches), never the events of a group that is not yet appended, which are
 * folded in before the append only for checking the group's later commands. Waiting for a group is not
 * interruptible, as waiting for the write lock is not: a command handed to a group cannot be taken
 * back. Handlers, holds and projections must not call {@link #submit} (an {@link IllegalStateException}).
 */
public final class Ledger {

    /** How many times a command is re-validated after losing a race with another writer. */
    public static final int MAX_ATTEMPTS = 5;

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(Ledger.class);

    private final EventStore store;
    private final EventChain chain;
    private final PermissionPolicy permissionPolicy;
    private final AdministrativeRegistry administrativeUnits;
    private final Clock clock;
    private final Map<Class<?>, CommandHandler<?>> handlersByType;
    private final Map<Class<?>, CommandHandler<?>> handlerCache = new ConcurrentHashMap<>();
    private final List<ProjectionDefinition<?>> projectionDefinitions;
    private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();
    private final GroupCommit groupCommit = new GroupCommit(this::recordGroup);
    private final LedgerState state = new State();
    /** The date today in the clock's zone, worked out once a day. */
    private final Today today = new Today();
    /** The programme of the command being handled; written and read under the write lock only. */
    private Optional<String> handledProgramme = Optional.empty();

    private Map<Class<?>, Projection> projections;
    private Projection[] projectionArray;
    private long appliedSequence;
    private String appliedHash = EventChain.GENESIS_HASH;
    private final Map<CommandHandler<?>, java.util.Set<ActorRole>> rolesByHandler = new ConcurrentHashMap<>();
    /** Holds by the command type they hold; empty (and never looked into) when nothing is held. */
    private final Map<Class<?>, SubmissionHold> holdsByType;
    /** Saves and restores snapshots; empty when the ledger has no snapshot store. */
    private final Optional<SnapshotKeeper> snapshots;
    /** How the projections were brought up to date when the ledger opened. */
    private LedgerOpening opening;

    /**
     * Creates a ledger over {@code store} and replays the events already stored into fresh
     * projections.
     *
     * @param store where events are kept
     * @param chain computes and checks the hash chain
     * @param handlers one handler per command type
     * @param projectionDefinitions one definition per projection type
     * @param permissionPolicy decides who may record what where
     * @param administrativeUnits the unit graph, for unit and scope checks
     * @param clock gives the recording time, and in its zone the date "today"
     * @throws KetnghiaException if two handlers accept the same command type or a projection type
     *     is registered twice
     */
    public Ledger(EventStore store, EventChain chain, List<? extends CommandHandler<?>> handlers,
            List<? extends ProjectionDefinition<?>> projectionDefinitions, PermissionPolicy permissionPolicy,
            AdministrativeRegistry administrativeUnits, Clock clock) {
        this(store, chain, handlers, projectionDefinitions, permissionPolicy, administrativeUnits, clock, SubmissionHold.NONE);
    }

    /**
     * Creates a ledger as {@link #Ledger(EventStore, EventChain, List, List, PermissionPolicy,
     * AdministrativeRegistry, Clock)} does, whose {@link #submit} records what {@code hold} returns
     * instead of the events of a command it holds (maker-checker: {@code org.ketnghia.core.approval}).
     *
     * @param hold what to hold back; {@link SubmissionHold#NONE} for nothing
     */
    public Ledger(EventStore store, EventChain chain, List<? extends CommandHandler<?>> handlers,
            List<? extends ProjectionDefinition<?>> projectionDefinitions, PermissionPolicy permissionPolicy,
            AdministrativeRegistry administrativeUnits, Clock clock, SubmissionHold hold) {
        this(store, chain, handlers, projectionDefinitions, permissionPolicy, administrativeUnits, clock, hold,
                SnapshotSettings.none());
    }

    /**
     * Creates a ledger as {@link #Ledger(EventStore, EventChain, List, List, PermissionPolicy,
     * AdministrativeRegistry, Clock, SubmissionHold)} does, that opens from the latest valid snapshot in the
     * settings' store plus the events after it, and saves snapshots there ({@link #saveSnapshot()}, and
     * automatically every {@link SnapshotSettings#everyEvents()} events). {@link #openedFrom()} tells how it
     * opened.
     *
     * @param snapshots where and how often snapshots are kept; {@link SnapshotSettings#none()} for never
     */
    public Ledger(EventStore store, EventChain chain, List<? extends CommandHandler<?>> handlers,
            List<? extends ProjectionDefinition<?>> projectionDefinitions, PermissionPolicy permissionPolicy,
            AdministrativeRegistry administrativeUnits, Clock clock, SubmissionHold hold, SnapshotSettings snapshots) {
        requireNonNull(snapshots, "snapshots");
        this.snapshots = snapshots.store().map(snapshotStore ->
                new SnapshotKeeper(snapshotStore, snapshots.mapper(), snapshots.everyEvents()));
        Map<Class<?>, SubmissionHold> holds = new LinkedHashMap<>();
        requireNonNull(hold, "hold").commandTypes().forEach(type -> holds.put(type, hold));
        this.holdsByType = Map.copyOf(holds);
        this.store = requireNonNull(store, "store");
        this.chain = requireNonNull(chain, "chain");
        this.permissionPolicy = requireNonNull(permissionPolicy, "permissionPolicy");
        this.administrativeUnits = requireNonNull(administrativeUnits, "administrativeUnits");
        this.clock = requireNonNull(clock, "clock");
        this.handlersByType = indexHandlers(handlers);
        this.projectionDefinitions = List.copyOf(projectionDefinitions);
        checkProjectionTypes(this.projectionDefinitions);
        open();
    }

    /**
     * Records a command: checks permission, validates it against the current state, appends the
     * events it produces atomically and folds them into the projections.
     *
     * <p>A valid command that the ledger's {@link SubmissionHold} holds (one that needs a second
     * person's approval) takes no effect now: the hold's event (the request) is recorded instead.
     *
     * <p>Commands submitted by other threads at the same time are recorded with it in one append (see
     * group commit above); the call returns once the events are in the store and in the projections.
     *
     * @return the events recorded, sealed into the chain
     * @throws KetnghiaException if the command is refused or breaks a rule (nothing is appended),
     *     if other writers kept winning the race {@value #MAX_ATTEMPTS} times, or as the store's append
     *     when it fails (then nothing of the command's group is appended)
     * @throws IllegalStateException if called by a handler, hold or projection while the ledger records
     */
    public List<EventEnvelope> submit(Command command) {
        return submit(command, Optional.empty());
    }

    /**
     * The ledger as one programme records in it: every event it records names {@code programmeId}, so
     * that a ledger holding several programmes of a province (a pilot and its follow-up) reports on each
     * apart ({@link EventEnvelope#countsFor}). Reading, projections and the chain are the ledger's own.
     *
     * @param programmeId the programme's id: lower-case letters, digits, {@code .}, {@code -} and {@code
     *     _}, starting with a letter or digit, at most 100 characters
     * @throws KetnghiaException {@link LedgerErrorCode#LEDGER_PROGRAMME_ID_INVALID} naming the id
     */
    public ProgrammeLedger forProgramme(String programmeId) {
        return new ProgrammeLedger(this, programmeId);
    }

    List<EventEnvelope> submit(Command command, Optional<String> programmeId) {
        requireNonNull(command, "command");
        CommandHandler<?> handler = handlerFor(command);
        if (lock.isWriteLockedByCurrentThread()) {
            // a handler, hold or projection calling back would wait for the group it is part of, for ever
            throw new IllegalStateException("Ledger.submit called from within the ledger's own recording of a command");
        }
        if (groupCommit.busy()) {
            // another thread commits a group: when keys are kept apart from the events, make the key of this
            // command's data subject durable meanwhile, so that the group this command joins pays one commit (its
            // events) rather than two (keys, then events); keys written in the store's own append need no head start
            chain.prepareKeyAhead(command, store);
        }
        return groupCommit.submit(groupCommit.submission(command, handler, programmeId));
    }

    /**
     * Records one group of the {@link GroupCommit} under the write lock: each command is checked against the
     * state every command accepted before it leaves (so the events of all but the last accepted one are
     * folded in before the append, where no reader sees them), all accepted events go to the store in one
     * append, and only then does any caller learn its outcome. A refused command fails alone: its drafts are
     * never applied. When the append fails, projections ahead of the store are restored from it, and the
     * group is tried again after a concurrent append (up to {@value #MAX_ATTEMPTS} times) or fails as a whole.
     */
    private void recordGroup(List<GroupCommit.Submission> group) {
        lock.writeLock().lock();
        boolean mayDiffer = false; // the projections may hold events the store does not
        try {
            if (group.size() == 1) {
                GroupCommit.Submission alone = group.get(0);
                try {
                    alone.succeed(recordAlone(alone.command, alone.handler, alone.programmeId));
                } catch (RuntimeException failure) {
                    alone.fail(failure);
                }
                return;
            }
            List<GroupCommit.Submission> remaining = new ArrayList<>(group);
            try {
                // the keys of the group's data subjects in one look-up in the key store, not one per new household
                chain.prepareKeysFor(group.stream().map(submission -> submission.command).toList());
            } catch (RuntimeException unavailable) {
                remaining.forEach(submission -> submission.fail(unavailable));
                return;
            }
            KetnghiaException lastConflict = null;
            int conflicts = 0;
            while (!remaining.isEmpty()) {
                if (conflicts == MAX_ATTEMPTS) {
                    for (GroupCommit.Submission submission : remaining) {
                        submission.fail(lastConflict);
                    }
                    return;
                }
                try {
                    catchUp();
                } catch (RuntimeException unreadable) {
                    remaining.forEach(submission -> submission.fail(unreadable));
                    return;
                }
                long startSequence = appliedSequence;
                List<GroupCommit.Submission> accepted = new ArrayList<>();
                List<List<EventEnvelope>> acceptedEvents = new ArrayList<>();
                List<EventEnvelope> sealed = new ArrayList<>();
                List<EventEnvelope> unapplied = List.of(); // the last accepted command's events
                GroupCommit.Submission brokeAProjection = null;
                for (GroupCommit.Submission submission : List.copyOf(remaining)) {
                    if (!unapplied.isEmpty()) {
                        try {
                            mayDiffer = true;
                            applyAll(unapplied); // the next command is checked against them
                            unapplied = List.of();
                        } catch (RuntimeException applyFailure) {
                            // applyAll reset the projections; the command whose events they cannot fold fails alone
                            brokeAProjection = accepted.get(accepted.size() - 1);
                            brokeAProjection.fail(applyFailure);
                            break;
                        }
                    }
                    List<EventEnvelope> events;
                    try {
                        events = validateAndSeal(submission.command, submission.handler, submission.programmeId);
                    } catch (RuntimeException refused) {
                        submission.fail(refused); // its drafts were never applied: no trace in the state
                        remaining.remove(submission);
                        continue;
                    }
                    accepted.add(submission);
                    acceptedEvents.add(events);
                    sealed.addAll(events);
                    unapplied = events;
                }
                if (brokeAProjection != null) {
                    remaining.remove(brokeAProjection);
                    mayDiffer = false; // applyAll reset the projections: the next attempt replays the store
                    continue;
                }
                if (accepted.isEmpty()) {
                    return;
                }
                try {
                    chain.append(store, startSequence, sealed); // with the keys the sealed events need
                } catch (RuntimeException failure) {
                    if (mayDiffer) {
                        restoreFromStore(failure);
                        mayDiffer = false;
                    }
                    if (failure instanceof KetnghiaException conflict && conflict.has(LedgerErrorCode.LEDGER_CONCURRENT_APPEND)) {
                        lastConflict = conflict;
                        conflicts++;
                        continue;
                    }
                    accepted.forEach(submission -> submission.fail(failure));
                    return;
                }
                for (int index = 0; index < accepted.size(); index++) {
                    accepted.get(index).succeed(acceptedEvents.get(index));
                }
                mayDiffer = true;
                try {
                    applyAll(unapplied);
                } catch (RuntimeException applyFailure) {
                    // recorded, but not folded (applyAll reset the projections): as a lone submit reports it
                    accepted.get(accepted.size() - 1).fail(applyFailure);
                }
                mayDiffer = false;
                return;
            }
        } catch (RuntimeException | Error unexpected) {
            if (mayDiffer) {
                resetProjections(); // the next catch-up replays the store
            }
            throw unexpected;
        } finally {
            lock.writeLock().unlock();
        }
    }

    /**
     * A group of one, without the group's bookkeeping (a lone caller's path stays as short as it was): nothing
     * is folded in before the append, so a failed append leaves nothing to restore.
     */
    private List<EventEnvelope> recordAlone(Command command, CommandHandler<?> handler, Optional<String> programmeId) {
        KetnghiaException lastConflict = null;
        for (int attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
            catchUp();
            List<EventEnvelope> sealed = validateAndSeal(command, handler, programmeId);
            try {
                chain.append(store, appliedSequence, sealed); // with the keys the sealed events need
            } catch (KetnghiaException conflict) {
                if (!conflict.has(LedgerErrorCode.LEDGER_CONCURRENT_APPEND)) {
                    throw conflict;
                }
                lastConflict = conflict;
                continue;
            }
            applyAll(sealed);
            return sealed;
        }
        throw lastConflict;
    }

    /** Commands waiting for the group being recorded to finish (tests use it to form a group). */
    int queuedCommands() {
        return groupCommit.queued();
    }

    /**
     * Records several commands as one atomic batch (ghi theo lô): each is checked against the state
     * the commands before it leave, and all their events are appended to the store in one call —
     * one transaction in a JDBC store, so bulk recording (imports, simulation traces) does not wait
     * for a disk flush per command. All or nothing: if any command is refused or breaks a rule,
     * nothing is appended, the error places its problems under the command's index (e.g. {@code
     * commands[2].unitCode}), and the projections are rebuilt from the store — a replay, so a batch is
     * for commands expected to pass.
     *
     * @return the events recorded, in command order
     * @throws KetnghiaException as {@link #submit} for the first failing command, or if other writers
     *     kept winning the race {@value #MAX_ATTEMPTS} times
     */
    public List<EventEnvelope> submitAll(List<? extends Command> commands) {
        return submitAll(commands, Optional.empty());
    }

    List<EventEnvelope> submitAll(List<? extends Command> commands, Optional<String> programmeId) {
        requireNonNull(commands, "commands");
        if (commands.isEmpty()) {
            return List.of();
        }
        lock.writeLock().lock();
        try {
            KetnghiaException lastConflict = null;
            for (int attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
                catchUp();
                long startSequence = appliedSequence;
                List<EventEnvelope> sealed = new ArrayList<>();
                try {
                    for (int index = 0; index < commands.size(); index++) {
                        List<EventEnvelope> events = validateAndSealWithin(commands.get(index), index, programmeId);
                        applyAll(events); // the next command is checked against them
                        sealed.addAll(events);
                    }
                    chain.append(store, startSequence, sealed); // with the keys the sealed events need
                } catch (KetnghiaException failure) {
                    restoreFromStore(failure);
                    if (!failure.has(LedgerErrorCode.LEDGER_CONCURRENT_APPEND)) {
                        throw failure;
                    }
                    lastConflict = failure;
                    continue;
                } catch (RuntimeException failure) {
                    restoreFromStore(failure);
                    throw failure;
                }
                return List.copyOf(sealed);
            }
            throw lastConflict;
        } finally {
            lock.writeLock().unlock();
        }
    }

    private List<EventEnvelope> validateAndSealWithin(Command command, int index, Optional<String> programmeId) {
        String path = "commands[" + index + "]";
        try {
            return validateAndSeal(requireNonNull(command, path), handlerFor(command), programmeId);
        } catch (KetnghiaException refused) {
            throw refused.within(path);
        }
    }

    /**
     * Projections ahead of the store (a batch that was not appended) are replaced by a replay; if the
     * store cannot be read now, the next call catches up from empty projections.
     */
    private void restoreFromStore(RuntimeException failure) {
        resetProjections();
        try {
            catchUp();
        } catch (RuntimeException unreadable) {
            failure.addSuppressed(unreadable);
        }
    }

    /**
     * Runs a query against a projection under the read lock. The query must not keep references
     * to mutable projection internals beyond its return.
     *
     * @throws KetnghiaException {@link LedgerErrorCode#LEDGER_UNKNOWN_PROJECTION} if no such
     *     projection is registered
     */
    public <P extends Projection, R> R read(Class<P> type, Function<? super P, ? extends R> query) {
        requireNonNull(type, "type");
        requireNonNull(query, "query");
        lock.readLock().lock();
        try {
            return query.apply(projection(type));
        } finally {
            lock.readLock().unlock();
        }
    }

    /** Folds into the projections any events other writers appended to the store since. */
    public void refresh() {
        lock.writeLock().lock();
        try {
            catchUp();
        } finally {
            lock.writeLock().unlock();
        }
    }

    /**
     * How the projections were brought up to date when this ledger opened: from which snapshot, and which
     * projections were replayed from the first event and why. A snapshot that does not match the chain is
     * never used; this says so (and the ledger logs it as a warning).
     */
    public LedgerOpening openedFrom() {
        lock.readLock().lock();
        try {
            return opening;
        } finally {
            lock.readLock().unlock();
        }
    }

    /**
     * Saves a snapshot of every projection that has a {@link SnapshotForm} at the last event folded in, so that
     * the next ledger opened on this store starts from it. Runs under the write lock: commands and reads wait
     * while each projection's state is copied, written as JSON and stored (about as long as writing the
     * projections' JSON; see {@code docs/}). Nothing is saved when no event is recorded.
     *
     * @return the snapshot saved, empty when the ledger holds no event
     * @throws KetnghiaException {@link LedgerErrorCode#LEDGER_NO_SNAPSHOT_STORE} when the ledger has no snapshot
     *     store; {@link LedgerErrorCode#LEDGER_SNAPSHOT_NOT_SAVED} naming the projection or the store that failed
     */
    public Optional<LedgerSnapshot> saveSnapshot() {
        SnapshotKeeper keeper = snapshots.orElseThrow(() ->
                KetnghiaException.of(LedgerErrorCode.LEDGER_NO_SNAPSHOT_STORE, "snapshotStore"));
        lock.writeLock().lock();
        try {
            return keeper.save(appliedSequence, appliedHash, projectionDefinitions, projections, clock.instant());
        } finally {
            lock.writeLock().unlock();
        }
    }

    /** Discards every projection and replays the whole store into fresh ones (never from a snapshot). */
    public void rebuildProjections() {
        lock.writeLock().lock();
        try {
            resetProjections();
            catchUp();
        } finally {
            lock.writeLock().unlock();
        }
    }

    private void resetProjections() {
        Map<Class<?>, Projection> fresh = new LinkedHashMap<>();
        for (ProjectionDefinition<?> definition : projectionDefinitions) {
            fresh.put(definition.type(), definition.create());
        }
        projections = fresh;
        projectionArray = fresh.values().toArray(Projection[]::new);
        appliedSequence = 0;
        appliedHash = EventChain.GENESIS_HASH;
    }

    /**
     * Brings the projections up to date when the ledger opens: from the latest snapshot that matches the chain,
     * replaying from the first event only the projections it cannot restore (up to the snapshot's event), then
     * every projection over the events after it.
     */
    private void open() {
        lock.writeLock().lock();
        try {
            SnapshotKeeper.Start start = snapshots.map(keeper -> keeper.start(store, projectionDefinitions))
                    .orElseGet(() -> SnapshotKeeper.fresh(projectionDefinitions, LedgerOpening.Reason.NO_SNAPSHOT_STORE,
                            Optional.empty()));
            opening = start.opening();
            if (start.sequence() == 0) {
                resetProjections();
                catchUp();
                return;
            }
            projections = start.projections();
            projectionArray = projections.values().toArray(Projection[]::new);
            appliedSequence = start.sequence();
            appliedHash = start.hash();
            if (start.toReplay().isEmpty()) {
                catchUp();
            } else {
                replayUpTo(start.sequence(), start.toReplay().toArray(Projection[]::new));
            }
            LOG.info("Ledger {}", opening.describe());
        } finally {
            lock.writeLock().unlock();
        }
    }

    /**
     * One pass over the store: events up to {@code snapshotSequence} go only to {@code rebuilt}, the restored
     * projections already hold them; the events after it go to every projection.
     */
    private void replayUpTo(long snapshotSequence, Projection[] rebuilt) {
        try {
            store.forEach(1, event -> {
                if (event.sequence() <= snapshotSequence) {
                    for (Projection projection : rebuilt) {
                        projection.apply(event);
                    }
                } else {
                    applyOne(event);
                }
            });
        } catch (RuntimeException failure) {
            resetProjections();
            throw failure;
        }
    }

    /**
     * Projection {@code type} as one programme sees it: a fresh instance folded over the stored events that
     * count for {@code programmeId} ({@link EventEnvelope#countsFor}) — the programme's own and those
     * recorded for no programme in particular. The ledger's live projections are not touched. Costs a
     * read of the store; a host that asks many questions keeps the result.
     *
     * @throws KetnghiaException {@link LedgerErrorCode#LEDGER_UNKNOWN_PROJECTION} if no such projection is
     *     registered, or as the store's read when an event cannot be read
     */
    public <P extends Projection> P projectionFor(String programmeId, Class<P> type) {
        requireNonNull(programmeId, "programmeId");
        requireNonNull(type, "type");
        ProjectionDefinition<?> definition = projectionDefinitions.stream().filter(d -> d.type().equals(type)).findFirst()
                .orElseThrow(() -> KetnghiaException.of(LedgerErrorCode.LEDGER_UNKNOWN_PROJECTION, "type", type.getName()));
        P projection = type.cast(definition.create());
        store.forEach(1, event -> {
            if (event.countsFor(programmeId)) {
                projection.apply(event);
            }
        });
        return projection;
    }

    /** Sequence of the last event folded into the projections. */
    public long lastSequence() {
        lock.readLock().lock();
        try {
            return appliedSequence;
        } finally {
            lock.readLock().unlock();
        }
    }

    /** Checks the whole stored hash chain; see {@link EventChain#verify}. */
    public ChainVerification verifyChain() {
        return chain.verify(store);
    }

    /** The store behind this ledger (for export and verification; append only through {@link #submit}). */
    public EventStore store() {
        return store;
    }

    /** The administrative units this ledger checks units and scopes against. */
    public AdministrativeRegistry administrativeUnits() {
        return administrativeUnits;
    }

    private List<EventEnvelope> validateAndSeal(Command command, CommandHandler<?> handler, Optional<String> programmeId) {
        List<EventDraft> drafts;
        handledProgramme = programmeId;
        try {
            drafts = validate(command, handler);
            if (!holdsByType.isEmpty()) {
                SubmissionHold hold = holdsByType.get(handler.commandType());
                if (hold != null) {
                    Optional<EventDraft> held = hold.hold(command, state);
                    if (held.isPresent()) {
                        drafts = List.of(held.get());
                    }
                }
            }
        } finally {
            handledProgramme = Optional.empty();
        }
        Instant recordedAt = clock.instant();
        // the hash of the last event folded in: the store holds the same one, or append refuses the batch
        String previousHash = appliedHash;
        long sequence = appliedSequence;
        if (drafts.size() == 1) { // most commands: the one event, without a list to copy it from
            return List.of(chain.seal(sequence + 1, drafts.get(0), command.actor(), programmeId, recordedAt, previousHash));
        }
        List<EventEnvelope> sealed = new ArrayList<>(drafts.size());
        for (EventDraft draft : drafts) {
            EventEnvelope envelope = chain.seal(++sequence, draft, command.actor(), programmeId, recordedAt, previousHash);
            sealed.add(envelope);
            previousHash = envelope.hash();
        }
        return List.copyOf(sealed);
    }

    /** Permission, unit and date, the handler's validation: the drafts the command produces, nothing sealed. */
    private List<EventDraft> validate(Command command, CommandHandler<?> handler) {
        List<Problem> refusals = permissionPolicy.refusals(
                new PermissionRequest(command.actor(), command, rolesOf(handler), administrativeUnits));
        if (!refusals.isEmpty()) {
            throw new KetnghiaException(refusals);
        }
        Problems problems = new Problems();
        checkUnitAndDate("unitCode", command.unitCode(), command.occurredOn(), problems);
        problems.throwIfAny();
        List<EventDraft> drafts = handle(handler, command);
        if (drafts.isEmpty()) {
            throw new IllegalStateException("handler " + handler.getClass().getName() + " returned no events");
        }
        for (int i = 0; i < drafts.size(); i++) {
            EventDraft draft = drafts.get(i);
            if (!draft.unitCode().equals(command.unitCode()) || !draft.occurredOn().equals(command.occurredOn())) {
                checkUnitAndDate("events[" + i + "].unitCode", draft.unitCode(), draft.occurredOn(), problems);
            }
        }
        problems.throwIfAny();
        return drafts;
    }

    /** A handler's permitted roles never change: asked once, kept as an immutable set. */
    private java.util.Set<ActorRole> rolesOf(CommandHandler<?> handler) {
        java.util.Set<ActorRole> roles = rolesByHandler.get(handler);
        return roles != null ? roles : rolesByHandler.computeIfAbsent(handler, h -> java.util.Set.copyOf(h.permittedRoles()));
    }

    @SuppressWarnings("unchecked")
    private <C extends Command> List<EventDraft> handle(CommandHandler<C> handler, Command command) {
        return List.copyOf(handler.handle((C) command, state));
    }

    private void checkUnitAndDate(String field, String unitCode, LocalDate occurredOn, Problems problems) {
        if (administrativeUnits.unitAsOf(unitCode, occurredOn).isEmpty()) {
            problems.add(LedgerErrorCode.LEDGER_UNKNOWN_UNIT, field, unitCode, occurredOn);
        }
        LocalDate today = this.today.at(clock.instant(), clock.getZone());
        if (occurredOn.isAfter(today)) {
            problems.add(LedgerErrorCode.LEDGER_DATE_IN_FUTURE, "occurredOn", occurredOn, today);
        }
    }

    private void catchUp() {
        saveSnapshotIfDue();
        if (store.lastSequence() == appliedSequence) {
            return;
        }
        try {
            store.forEach(appliedSequence + 1, this::applyOne);
        } catch (RuntimeException failure) {
            // leave no half-applied state behind: the next catch-up replays from an empty state
            resetProjections();
            throw failure;
        }
    }

    /**
     * The automatic snapshot: the projections hold exactly the stored events up to {@code appliedSequence}
     * whenever the ledger catches up, so the snapshot is taken there, before the next command. A failure is
     * logged and does not stop the command: a snapshot only saves opening time.
     */
    private void saveSnapshotIfDue() {
        if (snapshots.isEmpty() || !snapshots.get().due(appliedSequence)) {
            return;
        }
        try {
            snapshots.get().save(appliedSequence, appliedHash, projectionDefinitions, projections, clock.instant());
        } catch (RuntimeException failure) {
            snapshots.get().postpone(appliedSequence);
            LOG.warn("Ledger snapshot at event {} not saved: {}", appliedSequence, failure.getMessage());
        }
    }

    private void applyAll(List<EventEnvelope> events) {
        try {
            for (EventEnvelope event : events) {
                applyOne(event);
            }
        } catch (RuntimeException failure) {
            resetProjections();
            throw failure;
        }
    }

    private void applyOne(EventEnvelope event) {
        for (Projection projection : projectionArray) {
            projection.apply(event);
        }
        appliedSequence = event.sequence();
        appliedHash = event.hash();
    }

    private <P extends Projection> P projection(Class<P> type) {
        Projection projection = projections.get(type);
        if (projection == null) {
            throw KetnghiaException.of(LedgerErrorCode.LEDGER_UNKNOWN_PROJECTION, "type", type.getName());
        }
        return type.cast(projection);
    }

    private CommandHandler<?> handlerFor(Command command) {
        // a get first: computeIfAbsent locks the bin when the class is not its first entry, on every command
        CommandHandler<?> handler = handlerCache.get(command.getClass());
        return handler != null ? handler : handlerCache.computeIfAbsent(command.getClass(), this::findHandler);
    }

    private CommandHandler<?> findHandler(Class<?> commandClass) {
        for (Class<?> current = commandClass; current != null; current = current.getSuperclass()) {
            CommandHandler<?> handler = handlersByType.get(current);
            if (handler != null) {
                return handler;
            }
            for (Class<?> implemented : current.getInterfaces()) {
                CommandHandler<?> byInterface = handlersByType.get(implemented);
                if (byInterface != null) {
                    return byInterface;
                }
            }
        }
        throw KetnghiaException.of(LedgerErrorCode.LEDGER_NO_HANDLER, "command", commandClass.getName());
    }

    private static Map<Class<?>, CommandHandler<?>> indexHandlers(List<? extends CommandHandler<?>> handlers) {
        Problems problems = new Problems();
        Map<Class<?>, CommandHandler<?>> byType = new LinkedHashMap<>();
        for (CommandHandler<?> handler : handlers) {
            if (byType.putIfAbsent(handler.commandType(), handler) != null) {
                problems.add(LedgerErrorCode.LEDGER_DUPLICATE_HANDLER, "handlers", handler.commandType().getName());
            }
        }
        problems.throwIfAny();
        return Map.copyOf(byType);
    }

    private static void checkProjectionTypes(List<ProjectionDefinition<?>> definitions) {
        Problems problems = new Problems();
        java.util.Set<Class<?>> seen = new java.util.HashSet<>();
        for (ProjectionDefinition<?> definition : definitions) {
            if (!seen.add(definition.type())) {
                problems.add(LedgerErrorCode.LEDGER_DUPLICATE_PROJECTION, "projections", definition.type().getName());
            }
        }
        problems.throwIfAny();
    }

    private final class State implements LedgerState {
        @Override
        public <P extends Projection> P projection(Class<P> type) {
            return Ledger.this.projection(type);
        }

        @Override
        public AdministrativeRegistry administrativeUnits() {
            return administrativeUnits;
        }

        @Override
        public long lastSequence() {
            return appliedSequence;
        }

        @Override
        public Optional<String> programmeId() {
            return handledProgramme;
        }

        @Override
        public boolean hasProjection(Class<? extends Projection> type) {
            return projections.containsKey(type);
        }

        @Override
        public List<EventDraft> check(Command command) {
            requireNonNull(command, "command");
            return validate(command, handlerFor(command));
        }

        @Override
        public List<Problem> refusals(Actor actor, Command command) {
            requireNonNull(actor, "actor");
            requireNonNull(command, "command");
            return permissionPolicy.refusals(new PermissionRequest(actor, command, rolesOf(handlerFor(command)),
                    administrativeUnits));
        }
    }
}
