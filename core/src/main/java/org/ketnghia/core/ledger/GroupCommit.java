package org.ketnghia.core.ledger;

import static java.util.Objects.requireNonNull;

import java.util.ArrayDeque;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;

/**
 * The queue behind {@link Ledger#submit}'s group commit: commands submitted by many threads at once wait here
 * while one of those threads, the leader, records every command queued so far as one group (one append to
 * the store). When the leader is done it hands the lead to the oldest waiting submission, whose thread
 * records the next group; a thread that finds no leader leads at once, so a lone caller never waits for
 * anyone. Each submission is completed once, by the leader that recorded its group; its caller returns the
 * events or throws the failure of its own command.
 *
 * <p>Waiting is uninterruptible, as taking the ledger's write lock is: a command already handed to a leader
 * cannot be taken back, so its caller learns its outcome; an interrupt stays set on the thread.
 */
final class GroupCommit {

    private final Consumer<List<Submission>> recorder;
    private final ReentrantLock lock = new ReentrantLock();
    /** Submissions not yet handed to a leader, oldest first; never non-empty without a leader. */
    private final ArrayDeque<Submission> queue = new ArrayDeque<>();
    private boolean leaderActive;
    /** Signalled on each arrival while a leader gathers its group. */
    private final Condition arrived = lock.newCondition();
    /** The size of the last group recorded and how long recording it took. */
    private int lastGroupSize;
    private long lastRecordingNanos;

    /**
     * @param recorder records a group: must complete every submission of it ({@link Submission#succeed} or
     *     {@link Submission#fail}); what it leaves incomplete, or throws, fails the submissions left
     */
    GroupCommit(Consumer<List<Submission>> recorder) {
        this.recorder = requireNonNull(recorder, "recorder");
    }

    /** Queues {@code submission}, waits until a leader (possibly this thread) recorded it, and returns its events. */
    List<EventEnvelope> submit(Submission submission) {
        lock.lock();
        try {
            queue.addLast(submission);
            arrived.signal();
            if (!leaderActive) {
                leaderActive = true;
                submission.leads = true;
            }
            while (!submission.done && !submission.leads) {
                if (submission.changed == null) {
                    submission.changed = lock.newCondition(); // only a caller that waits needs one
                }
                submission.changed.awaitUninterruptibly();
            }
        } finally {
            lock.unlock();
        }
        if (!submission.done) {
            lead();
        }
        return submission.outcome();
    }

    /** Records everything queued (the leader's own submission is the oldest of it), then hands the lead on. */
    private void lead() {
        List<Submission> group;
        lock.lock();
        try {
            gather();
            group = List.copyOf(queue);
            queue.clear();
        } finally {
            lock.unlock();
        }
        Throwable unexpected = null;
        // only a group of several is timed: gather() waits after such a group alone, so a lone caller reads no clock
        long started = group.size() > 1 ? System.nanoTime() : 0;
        try {
            recorder.accept(group);
        } catch (RuntimeException | Error failure) {
            unexpected = failure;
        } finally {
            lock.lock();
            try {
                lastGroupSize = group.size();
                lastRecordingNanos = group.size() > 1 ? System.nanoTime() - started : 0;
                for (Submission submission : group) {
                    if (!submission.resolved()) {
                        submission.fail(unexpected != null ? unexpected
                                : new IllegalStateException("the group commit left a command without an outcome"));
                    }
                    submission.done = true;
                    if (submission.changed != null) {
                        submission.changed.signal();
                    }
                }
                Submission next = queue.peekFirst();
                if (next == null) {
                    leaderActive = false;
                } else {
                    next.leads = true;
                    if (next.changed != null) {
                        next.changed.signal();
                    }
                }
            } finally {
                lock.unlock();
            }
        }
    }

    /**
     * Under contention, lets the callers of the last group come back before recording the next one: when the
     * last group had several submissions and fewer are queued now, waits until as many are queued, for at most
     * a quarter of the time the last group took to record (its commit, on a durable store). The callers just
     * acknowledged need a moment to be scheduled and submit again; without this the next group would often
     * hold only the first few of them and the rest would wait for a whole commit more. A lone caller, or a
     * fast store, never waits (a quarter of a few microseconds).
     */
    private void gather() {
        if (lastGroupSize <= 1) {
            return;
        }
        long deadline = System.nanoTime() + lastRecordingNanos / 4;
        while (queue.size() < lastGroupSize) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return;
            }
            try {
                arrived.awaitNanos(left);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt(); // keep the flag; record what is queued now
                return;
            }
        }
    }

    /** Whether a leader records a group now, so that a submission made now would wait. */
    boolean busy() {
        lock.lock();
        try {
            return leaderActive;
        } finally {
            lock.unlock();
        }
    }

    /** How many submissions wait for a leader to take them (for tests that need a group to form). */
    int queued() {
        lock.lock();
        try {
            return queue.size();
        } finally {
            lock.unlock();
        }
    }

    /** Creates a submission waiting on this queue. */
    Submission submission(Command command, CommandHandler<?> handler, Optional<String> programmeId) {
        return new Submission(command, handler, programmeId);
    }

    /**
     * One command waiting to be recorded, and then its outcome. The leader sets the outcome; the queue's lock
     * publishes it to the waiting caller.
     */
    static final class Submission {
        final Command command;
        final CommandHandler<?> handler;
        final Optional<String> programmeId;
        /** Guarded by the queue's lock; created when the caller first waits. */
        private Condition changed;
        /** Guarded by the queue's lock. */
        private boolean leads;
        /** Guarded by the queue's lock. */
        private boolean done;
        private List<EventEnvelope> events;
        private Throwable failure;

        private Submission(Command command, CommandHandler<?> handler, Optional<String> programmeId) {
            this.command = command;
            this.handler = handler;
            this.programmeId = programmeId;
        }

        /** The command was recorded durably with these events. */
        void succeed(List<EventEnvelope> recorded) {
            this.events = recorded;
        }

        /** The command was refused, broke a rule, or could not be recorded. */
        void fail(Throwable cause) {
            this.failure = cause;
        }

        private boolean resolved() {
            return events != null || failure != null;
        }

        private List<EventEnvelope> outcome() {
            if (failure instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (failure instanceof Error error) {
                throw error;
            }
            if (failure != null) {
                throw new IllegalStateException(failure);
            }
            return events;
        }
    }
}
