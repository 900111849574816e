package org.ketnghia.core.ledger;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.ObjectWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.ketnghia.core.error.KetnghiaException;
import org.ketnghia.core.ledger.ChainVerification.ChainBreak;
import org.ketnghia.core.ledger.ChainVerification.Kind;
import org.ketnghia.core.privacy.PayloadProtection;

/**
 * The tamper-evident SHA-256 hash chain of the ledger (<i>công khai, minh bạch</i>).
 *
 * <p>An event's hash is SHA-256 over the UTF-8 bytes of, separated by newlines: the sequence, the
 * date it happened (ISO), the time recorded (ISO instant), the actor as JSON, the unit code, {@code
 * programme:} and the programme id when the event was recorded for a programme (no line otherwise), {@code
 * payloadVersion:} and the payload's schema version when it is 2 or more (no line otherwise), the payload as JSON
 * with its type id — for a payload read in an older shape and upcast, the JSON exactly as recorded ({@link
 * RecordedPayload}) — and the previous event's hash. Events recorded before schema versions existed are all of
 * version 1, so their hashes are unchanged. JSON is produced by the
 * runtime's mapper, whose output is deterministic ({@link org.ketnghia.core.json.KetnghiaJson}).
 * Anyone holding the events can recompute the chain.
 *
 * <p>Thread-safe.
 */
public final class EventChain {

    /** The {@code previousHash} of the first event: 64 zeros. */
    public static final String GENESIS_HASH = "0".repeat(64);


    private static final String PROGRAMME_LINE = "programme:";
    private static final String VERSION_LINE = "payloadVersion:";
    private static final int ACTOR_CACHE_LIMIT = 10_000;

    private final ObjectMapper mapper;
    private final ObjectWriter actorWriter;
    /**
     * Writes a payload as the root value it is, with its type id first: the serializer, with its type id, is found by
     * the payload's class in the mapper's cache of serializers by class. A writer for {@link LedgerEvent}, or for the
     * payload's type, wrote the same bytes but looked the serializer up again, through the type factory, for every
     * payload.
     */
    private final ObjectWriter payloadWriter;
    /** This thread's payload buffer and generator ({@link #written}) and hash lines ({@link #hash}). */
    private final ThreadLocal<Scratch> scratch;
    /**
     * The scratch of the thread that sealed last: the ledger seals on one thread at a time, mostly the same one, which
     * then finds its scratch here rather than in its thread-local map (a look-up that costs about as much as hashing
     * an event's lines). Read and written whole without a lock: another thread's scratch is never used (its owner
     * differs), and a race only sends a thread to the thread-local.
     */
    private Scratch lastScratch;
    private final Map<Actor, byte[]> actorJsonCache = new ConcurrentHashMap<>();
    /**
     * The actor of the last event hashed, with its JSON: a ledger's events come mostly from one actor in a row, and
     * the same instance is found without hashing the record. Read and written whole (a race only misses).
     */
    private ActorJsonBytes lastActor = new ActorJsonBytes(null, null);
    /** Encrypts personal fields when sealing; empty for a ledger that stores them in plain text. */
    private final Optional<PayloadProtection> protection;

    /** A chain computed with {@code mapper}, which must know every event type; payloads are stored as they are. */
    public EventChain(ObjectMapper mapper) {
        this(mapper, Optional.empty());
    }

    /**
     * A chain computed with {@code mapper} that seals every payload carrying personal data with its personal
     * fields encrypted by {@code protection} ({@link PayloadProtection#protect}): the envelope keeps the
     * encrypted JSON as its {@link RecordedPayload}, which is what the store writes and what the hash is
     * computed over, and the payload itself in plain text for the projections.
     */
    public EventChain(ObjectMapper mapper, PayloadProtection protection) {
        this(mapper, Optional.of(requireNonNull(protection, "protection")));
    }

    private EventChain(ObjectMapper mapper, Optional<PayloadProtection> protection) {
        this.mapper = requireNonNull(mapper, "mapper");
        this.actorWriter = mapper.writerFor(Actor.class);
        this.payloadWriter = mapper.writer();
        this.scratch = ThreadLocal.withInitial(Scratch::new);
        this.protection = protection;
    }

    /** The protection this chain seals with, if any. */
    public Optional<PayloadProtection> protection() {
        return protection;
    }

    /** Numbers, dates and chains a draft into an envelope recorded for no programme in particular. */
    public EventEnvelope seal(long sequence, EventDraft draft, Actor actor, Instant recordedAt, String previousHash) {
        return seal(sequence, draft, actor, Optional.empty(), recordedAt, previousHash);
    }

    /** Numbers, dates and chains a draft into an envelope recorded for programme {@code programmeId}, if given. */
    public EventEnvelope seal(long sequence, EventDraft draft, Actor actor, Optional<String> programmeId, Instant recordedAt,
            String previousHash) {
        LedgerEvent payload = draft.payload();
        int version = EventSchemas.versionOf(payload.getClass());
        PayloadJson plain = written(payload);
        Optional<PayloadProtection.Sealed> sealed = protectedForm(payload, plain);
        Optional<RecordedPayload> stored = sealed.map(form -> new RecordedPayload(form.typeId(), version, form.text()));
        byte[] hashed = sealed.isPresent() ? sealed.get().json() : plain.bytes;
        String hash = hash(sequence, draft.occurredOn(), recordedAt, actor, draft.unitCode(), programmeId, version, hashed,
                sealed.isPresent() ? hashed.length : plain.length, previousHash);
        return new EventEnvelope(sequence, draft.occurredOn(), recordedAt, actor, draft.unitCode(), programmeId,
                payload, previousHash, hash, stored);
    }

    /**
     * The payload's JSON as the mapper writes it, its type id first, in this thread's buffer: valid until the thread
     * writes the next payload. Written by one generator kept per thread (not one made, with its context and buffers,
     * for each payload), each payload a root value with nothing between them: the same bytes as {@code
     * writeValueAsBytes}.
     */
    private PayloadJson written(LedgerEvent payload) {
        Scratch mine = scratch();
        if (mine.json == null) {
            mine.json = new PayloadJson(mapper);
        }
        PayloadJson json = mine.json.reset();
        try {
            payloadWriter.writeValue(json.generator, payload);
            json.generator.flush();
            return json;
        } catch (JsonProcessingException e) {
            mine.json = null; // the generator stopped within a value: the next payload gets a new one
            throw new KetnghiaException(List.of(org.ketnghia.core.error.Problem.of(
                    LedgerErrorCode.LEDGER_UNREADABLE_EVENT, "payload", e.getOriginalMessage())), e);
        } catch (IOException e) {
            mine.json = null;
            throw new UncheckedIOException("writing to memory does not fail", e);
        } catch (RuntimeException e) {
            mine.json = null;
            throw e;
        }
    }

    /** This thread's scratch: the one of the thread that sealed last when it is this one, else the thread-local's. */
    private Scratch scratch() {
        Scratch last = lastScratch;
        if (last != null && last.owner == Thread.currentThread()) {
            return last;
        }
        Scratch mine = scratch.get();
        lastScratch = mine;
        return mine;
    }

    /**
     * The payload as stored with its personal fields sealed, when it holds some: empty, without parsing it, when none
     * of its protected fields is in {@code plain} (a poverty status recorded without income).
     */
    private Optional<PayloadProtection.Sealed> protectedForm(LedgerEvent payload, PayloadJson plain) {
        if (protection.isEmpty() || !protection.get().protects(payload)
                || !protection.get().mayHoldProtectedValues(payload, plain.bytes, plain.length)) {
            return Optional.empty();
        }
        return protection.get().protect(payload, Arrays.copyOf(plain.bytes, plain.length));
    }

    /**
     * Makes, ahead of recording a group of commands, the keys of the data subjects they name when their personal
     * fields will be encrypted, with one look-up in the key store ({@link PayloadProtection#prepareKeysFor}); nothing
     * without protection.
     */
    void prepareKeysFor(List<Command> commands) {
        protection.ifPresent(p -> p.prepareKeysFor(commands, mapper));
    }

    /**
     * Appends {@code sealed}, events this chain sealed, to {@code store} with the keys of data subjects made while
     * sealing them ({@link PayloadProtection#append}), so that no event is ever durable while the key its ciphertext
     * needs is not: in the store's own transaction (one commit) when the key store shares its database, written
     * first otherwise. Without protection, {@link EventStore#append}.
     *
     * @throws KetnghiaException as {@link EventStore#append}, or {@link
     *     org.ketnghia.core.privacy.PrivacyErrorCode#PRIVACY_KEYS_NOT_PERSISTED}; nothing is appended then
     */
    public void append(EventStore store, long expectedLastSequence, List<EventEnvelope> sealed) {
        if (protection.isPresent()) {
            protection.get().append(store, expectedLastSequence, sealed);
        } else {
            store.append(expectedLastSequence, sealed);
        }
    }

    /**
     * While another thread commits a group to {@code store}, when the keys are kept apart from the events: looks up
     * or makes, pending, the key of the data subject {@code command} names, and writes the pending keys unless a
     * flush is under way ({@link PayloadProtection#flushPendingKeysIfIdle}), so that the next group finds its keys
     * durable and pays one commit. Only a head start: a look-up that fails here is left to the recording, which
     * looks up again and writes the keys before its append, and reports any failure.
     *
     * <p>Nothing when the keys are written in the store's own append transaction ({@link
     * PayloadProtection#writesKeysInAppendsTo}): the group's append pays one commit anyway, and its subjects are
     * looked up in one query when it is recorded ({@link #prepareKeysFor}); a look-up per waiting command would
     * only compete with the recording for the processor and the database (B2 encrypted over PostgreSQL, 16
     * writers: about 1,450 commands/s with them, 1,600–2,000 without, on a loaded machine).
     */
    void prepareKeyAhead(Command command, EventStore store) {
        if (protection.isEmpty() || protection.get().writesKeysInAppendsTo(store)) {
            return;
        }
        try {
            protection.get().prepareKeyFor(command, mapper);
        } catch (KetnghiaException | IllegalStateException lookUpFailure) {
            return; // the recording's own look-up reports it
        }
        protection.get().flushPendingKeysIfIdle();
    }

    /** The hash {@code event} should have given its content. */
    public String expectedHash(EventEnvelope event) {
        byte[] payload;
        int length;
        if (event.recordedPayload().isPresent()) {
            payload = event.recordedPayload().get().json().getBytes(StandardCharsets.UTF_8);
            length = payload.length;
        } else {
            PayloadJson json = written(event.payload());
            payload = json.bytes;
            length = json.length;
        }
        return hash(event.sequence(), event.occurredOn(), event.recordedAt(), event.actor(), event.unitCode(),
                event.programmeId(), event.payloadVersion(), payload, length, event.previousHash());
    }

    /** Reads the whole store and reports the first break of the chain, if any. */
    public ChainVerification verify(EventStore store) {
        AtomicLong expectedSequence = new AtomicLong(1);
        AtomicReference<String> previousHash = new AtomicReference<>(GENESIS_HASH);
        AtomicReference<ChainBreak> firstBreak = new AtomicReference<>();
        AtomicLong checked = new AtomicLong();
        store.forEach(1, event -> {
            if (firstBreak.get() != null) {
                return;
            }
            checked.incrementAndGet();
            firstBreak.set(check(event, expectedSequence.get(), previousHash.get()));
            expectedSequence.set(event.sequence() + 1);
            previousHash.set(event.hash());
        });
        return new ChainVerification(checked.get(), Optional.ofNullable(firstBreak.get()));
    }

    private ChainBreak check(EventEnvelope event, long expectedSequence, String previousHash) {
        if (event.sequence() != expectedSequence) {
            return new ChainBreak(expectedSequence, Kind.SEQUENCE_GAP,
                    "expected sequence " + expectedSequence + " but found " + event.sequence());
        }
        if (!event.previousHash().equals(previousHash)) {
            return new ChainBreak(event.sequence(), Kind.BROKEN_LINK,
                    "previousHash does not match the hash of event " + (expectedSequence - 1));
        }
        String expected = expectedHash(event);
        if (!expected.equals(event.hash())) {
            return new ChainBreak(event.sequence(), Kind.HASH_MISMATCH,
                    "content does not match its hash: the event was altered after it was recorded");
        }
        return null;
    }

    /**
     * Checks that {@code batch} continues a store whose last event is {@code lastSequence} with
     * {@code lastHash}: contiguous sequences and linked hashes. Stores call this before appending.
     *
     * @throws KetnghiaException {@link LedgerErrorCode#LEDGER_BROKEN_BATCH}
     */
    public static void checkContinues(long lastSequence, String lastHash, List<EventEnvelope> batch) {
        long expected = lastSequence + 1;
        String previous = lastHash;
        for (EventEnvelope event : batch) {
            if (event.sequence() != expected) {
                throw KetnghiaException.of(LedgerErrorCode.LEDGER_BROKEN_BATCH, "sequence", expected,
                        "found sequence " + event.sequence());
            }
            if (!event.previousHash().equals(previous)) {
                throw KetnghiaException.of(LedgerErrorCode.LEDGER_BROKEN_BATCH, "previousHash", expected,
                        "previousHash does not link to the event before");
            }
            expected++;
            previous = event.hash();
        }
    }

    private String hash(long sequence, LocalDate occurredOn, Instant recordedAt, Actor actor, String unitCode,
            Optional<String> programmeId, int payloadVersion, byte[] payload, int payloadLength, String previousHash) {
        // the same bytes as the UTF-8 of the newline-joined canonical text, fed to the digest in three parts: the
        // lines before the payload, the payload, and the previous hash after a newline
        HashLines lines = scratch().lines.reset();
        MessageDigest digest = lines.digest;
        boolean digested = false;
        try {
            lines.number(sequence);
            lines.newline();
            lines.date(occurredOn);
            lines.newline();
            lines.instant(recordedAt);
            lines.newline();
            lines.bytes(actorJson(actor));
            lines.newline();
            lines.line(unitCode);
            if (programmeId.isPresent()) {
                // a line of its own only when present: events recorded for no programme keep their hashes
                lines.line(PROGRAMME_LINE + programmeId.get());
            }
            if (payloadVersion > 1) {
                // like the programme line: absent for version 1, so events recorded before versions keep their hashes
                lines.line(VERSION_LINE + payloadVersion);
            }
            lines.digestInto(digest);
            // the payload as stored: its recorded (encrypted) JSON, or its JSON as written
            digest.update(payload, 0, payloadLength);
            lines.reset().newline();
            lines.hashText(previousHash);
            lines.digestInto(digest);
            byte[] hash = digest.digest(); // leaves the digest reset for the next event
            digested = true;
            return lines.hex(hash);
        } catch (JsonProcessingException e) {
            throw new KetnghiaException(List.of(org.ketnghia.core.error.Problem.of(
                    LedgerErrorCode.LEDGER_UNREADABLE_EVENT, "actor", e.getOriginalMessage())), e);
        } finally {
            if (!digested) {
                digest.reset(); // a failure part-way leaves nothing of this event for the next one
            }
        }
    }

    /** A thread's buffers for sealing, used by that thread only. */
    private static final class Scratch {
        final Thread owner = Thread.currentThread();
        final HashLines lines = new HashLines();
        /** Made when first needed, and again after a payload that could not be written. */
        PayloadJson json;
    }

    /**
     * A thread's buffer of payload JSON and the generator that writes into it: a stream that grows its one array,
     * bytes kept until the next payload.
     */
    private static final class PayloadJson extends OutputStream {
        /** The largest buffer a thread keeps between payloads: 1 MiB. */
        private static final int LARGEST_KEPT = 1 << 20;
        private final JsonGenerator generator;
        private byte[] bytes = new byte[1024];
        private int length;

        /** Empties the buffer, and lets go of one grown for an exceptionally large payload. */
        PayloadJson reset() {
            length = 0;
            if (bytes.length > LARGEST_KEPT) {
                bytes = new byte[1024];
            }
            return this;
        }

        PayloadJson(ObjectMapper mapper) {
            try {
                generator = mapper.getFactory().createGenerator(this, JsonEncoding.UTF8);
            } catch (IOException e) {
                throw new UncheckedIOException("a generator over memory", e);
            }
            generator.setRootValueSeparator(null); // payloads one after another, nothing between them
        }

        @Override
        public void write(int b) {
            grow(1);
            bytes[length++] = (byte) b;
        }

        @Override
        public void write(byte[] more, int offset, int count) {
            grow(count);
            System.arraycopy(more, offset, bytes, length, count);
            length += count;
        }

        private void grow(int more) {
            if (length + more > bytes.length) {
                bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, length + more));
            }
        }
    }

    /** Actors are few and recur on every event they record: their JSON is computed once. */
    private byte[] actorJson(Actor actor) throws JsonProcessingException {
        ActorJsonBytes last = lastActor;
        if (last.actor() == actor) {
            return last.json();
        }
        byte[] cached = actorJsonCache.get(actor);
        if (cached == null) {
            cached = actorWriter.writeValueAsBytes(actor);
            if (actorJsonCache.size() < ACTOR_CACHE_LIMIT) {
                actorJsonCache.put(actor, cached);
            }
        }
        lastActor = new ActorJsonBytes(actor, cached);
        return cached;
    }

    /** An actor and its JSON as hashed. */
    private record ActorJsonBytes(Actor actor, byte[] json) {
    }
}
