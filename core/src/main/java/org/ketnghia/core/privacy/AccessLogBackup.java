package org.ketnghia.core.privacy;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.ketnghia.core.error.KetnghiaException;
import org.ketnghia.core.error.Problem;

/**
 * Backs up and restores an {@link AccessLog} beside a ledger's backup (phần nhật ký truy cập của bản sao lưu): JSON
 * Lines, one entry per line in sequence order, exactly the format of {@link JsonLinesAccessLogStore} (the {@code
 * access-log.jsonl} earlier versions kept in a ledger's folder), hashes included. Restored as they were, the entries
 * go on chaining in the new store, and {@link AccessLog#verify()} says there what it said here.
 *
 * <p>Both ways verify the whole chain first: a broken log is neither written to a backup nor restored from one, and a
 * refused restore keeps nothing. {@link #read} only reads, so a host checks a backup's part before it writes any other
 * part. Stateless and thread-safe.
 */
public final class AccessLogBackup {

    private AccessLogBackup() {
    }

    /**
     * Writes every entry of {@code log} to {@code out}, after checking that they make a whole chain.
     *
     * @param source names the log in errors (a table, a folder)
     * @return the number of entries written
     * @throws KetnghiaException {@link PrivacyErrorCode#PRIVACY_ACCESS_LOG_BROKEN} naming {@code source} and the first
     *     bad entry; nothing is written then
     * @throws UncheckedIOException if {@code out} cannot be written
     */
    public static long export(AccessLog log, String source, Writer out) {
        requireNonNull(log, "log");
        requireNonNull(source, "source");
        requireNonNull(out, "out");
        List<AccessLogEntry> entries = log.entries(); // read once: reads logged meanwhile are left for the next backup
        requireWhole(entries, source);
        try {
            for (AccessLogEntry entry : entries) {
                out.write(JsonLinesAccessLogStore.lineOf(entry));
                out.write('\n');
            }
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return entries.size();
    }

    /**
     * Reads a backup's access log part and verifies its chain, writing nothing anywhere. Blank lines are skipped, as
     * {@link JsonLinesAccessLogStore} skips them.
     *
     * @param part names the part in errors (its file)
     * @return the entries, in order, their chain whole; immutable
     * @throws KetnghiaException {@link PrivacyErrorCode#PRIVACY_ACCESS_LOG_UNREADABLE} naming {@code part}, the entry
     *     and the line, for the first line that is not an entry (a line cut short, an altered one that is no longer
     *     JSON); {@link PrivacyErrorCode#PRIVACY_ACCESS_LOG_BROKEN} naming {@code part} and the first entry whose hash
     *     or link is wrong (an altered entry, one removed); {@link PrivacyErrorCode#PRIVACY_ACCESS_LOG_UNAVAILABLE}
     *     naming {@code part} when {@code in} cannot be read
     */
    public static List<AccessLogEntry> read(BufferedReader in, String part) {
        requireNonNull(in, "in");
        requireNonNull(part, "part");
        List<AccessLogEntry> entries = new ArrayList<>();
        long lineNumber = 0;
        try {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                lineNumber++;
                if (line.isBlank()) {
                    continue;
                }
                try {
                    entries.add(JsonLinesAccessLogStore.entryOf(line, lineNumber));
                } catch (IOException notAnEntry) {
                    throw new KetnghiaException(List.of(Problem.of(
                            PrivacyErrorCode.PRIVACY_ACCESS_LOG_UNREADABLE, "accessLog", part, entries.size() + 1,
                            lineNumber, whatIsWrong(notAnEntry))), notAnEntry);
                }
            }
        } catch (IOException e) {
            throw new KetnghiaException(List.of(Problem.of(
                    PrivacyErrorCode.PRIVACY_ACCESS_LOG_UNAVAILABLE, "accessLog", part + ": " + e.getMessage())), e);
        }
        requireWhole(entries, part);
        return List.copyOf(entries);
    }

    /**
     * Puts {@code entries} (as {@link #read} gives them) into the empty {@code target}, as they were, hashes included.
     * Their chain is checked again first, so that nothing is kept from a list that is not a whole log.
     *
     * @param part names the entries in errors (the backup's file)
     * @return the number of entries restored
     * @throws KetnghiaException {@link PrivacyErrorCode#PRIVACY_ACCESS_LOG_BROKEN} naming {@code part} and the first
     *     bad entry, keeping nothing; {@link PrivacyErrorCode#PRIVACY_ACCESS_LOG_CARRY_OVER_REFUSED} at entry 1,
     *     keeping nothing, when {@code target} already holds entries; what {@link AccessLogCarryOver#carryOver} throws
     *     when another writer appends to {@code target} meanwhile
     */
    public static long restore(List<AccessLogEntry> entries, String part, AccessLogStore target) {
        requireNonNull(entries, "entries");
        requireNonNull(part, "part");
        requireNonNull(target, "target");
        requireWhole(entries, part);
        Optional<AccessLogEntry> last = target.last();
        if (last.isPresent()) {
            throw KetnghiaException.of(PrivacyErrorCode.PRIVACY_ACCESS_LOG_CARRY_OVER_REFUSED, "accessLog", 1,
                    "a backup is restored into an empty access log, and this one holds " + last.get().sequence()
                            + " entries");
        }
        InMemoryAccessLogStore backup = new InMemoryAccessLogStore();
        entries.forEach(backup::appendIfNext); // a whole chain: each one is the next
        return AccessLogCarryOver.carryOver(backup, target);
    }

    /** Jackson's own words, without the line number that the part's message names already. */
    private static String whatIsWrong(IOException notAnEntry) {
        return notAnEntry.getCause() instanceof JsonProcessingException json ? json.getOriginalMessage()
                : notAnEntry.getMessage();
    }

    private static void requireWhole(List<AccessLogEntry> entries, String where) {
        Optional<Long> firstBreak = AccessLog.firstBreak(entries);
        if (firstBreak.isPresent()) {
            throw KetnghiaException.of(PrivacyErrorCode.PRIVACY_ACCESS_LOG_BROKEN, "accessLog", where, firstBreak.get());
        }
    }
}
