package org.ketnghia.core.privacy.internal;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One pass over a payload's JSON bytes that finds what {@link EventSealer} seals: the values of the protected
 * properties (their byte ranges, paths and kinds, in document order), the payload's type id and the texts its data
 * subject may be read from ({@link ProtectedFields#SUBJECT_SOURCES}, a held command's too). It walks the bytes
 * itself, without a JSON parser or a tree: a Jackson parser made sealing cost as much as writing the JSON. It reads
 * any JSON object (spaces between tokens, escapes in names and texts); a protected value is taken whole, without
 * looking inside it; a {@code null} is no value.
 *
 * <p>{@link #ofStored} scans a payload as stored instead, for {@link PayloadReveal} to read it without a tree: the
 * references {@link EventSealer} put in place of the sealed values (their ranges, paths and kinds, in document order),
 * the box, the type id and the subject.
 *
 * <p>An object inside an array that names a subject of its own (its own {@code householdId}, …: {@link
 * ProtectedFields#ownSubjectOf}) keeps the protected values found inside it apart, as one of {@link #elements()}, to be
 * sealed under that subject's key in a box of its own; the others are the payload's. Not thread-safe: one scan per
 * payload.
 */
final class PayloadScan {

    private static final String HELD_COMMAND = "command.";
    private static final String TYPE = "type";
    /** The names, other than protected ones, whose texts the scan reads: the type and the subjects' last steps. */
    private static final List<String> READ_NAMES = List.of(TYPE, "id", "householdId", "personId", "complaintId");
    private static final int SOURCES = ProtectedFields.SUBJECT_SOURCES.size();
    /** The deepest object below the payload in which a subject source may stand ({@code command.household}). */
    private static final int DEEPEST_SUBJECT_OBJECT = 2;
    /** The name tables, by set of protected names (a payload type's, or a held command's with its request's). */
    private static final Map<Set<String>, NameTable> TABLES = new ConcurrentHashMap<>();
    private static TableOfNames lastTable = new TableOfNames(null, null);
    /** The names a stored payload's scan takes whole: the box and any property of a reference or box not as written. */
    private static final Set<String> STORED_NAMES = Set.of(EventSealer.BOX_PROPERTY, "enc");
    /** How {@link EventSealer} writes a reference, up to its kind: {@code {"enc":"aes-gcm-2","t":"}. */
    private static final byte[] REFERENCE_START = ("{\"enc\":\"" + EventSealer.CIPHER_ID + "\",\"t\":\"")
            .getBytes(StandardCharsets.US_ASCII);

    /** A protected value's bytes in the JSON, {@code [start, end)}. */
    record Range(String path, char kind, int start, int end) implements EventSealer.Field {
    }

    /**
     * The protected values of an object inside an array that names its own subject.
     *
     * @param subject the subject's key ({@code household:HN-301})
     * @param place the object's place: its array's dotted path and its index in it ({@code participants[1]})
     * @param closingBrace the offset of the object's closing brace, before which its box goes
     * @param fields its protected values, in document order
     */
    record Element(String subject, String place, int closingBrace, List<Range> fields) {
    }

    /**
     * The payload, or an object inside an array while it is walked: the texts it names its subject with ({@link
     * ProtectedFields#SUBJECT_SOURCES}, the first of each kept; the payload's held command's after its own) and its
     * first protected value.
     */
    private static final class Subjects {
        private final Path members;
        private final int firstField;
        private final String[] texts;

        Subjects(Path members, int firstField) {
            this.members = members;
            this.firstField = firstField;
            this.texts = new String[isPayload() ? SOURCES * 2 : SOURCES];
        }

        boolean isPayload() {
            return members.depth == 0;
        }

        Optional<String> subject() {
            for (int source = 0; source < texts.length; source++) {
                if (texts[source] != null) {
                    return Optional.of(ProtectedFields.subjectFrom(source % SOURCES, texts[source]).key());
                }
            }
            return Optional.empty();
        }
    }

    private final byte[] json;
    private final NameTable names;
    private final List<Range> fields = new ArrayList<>(8);
    /** Whether this scans a payload as stored ({@link #ofStored}). */
    private final boolean stored;
    /** In a stored payload's scan: the references, in document order; else always empty. */
    private final List<Range> references;
    private final Subjects payload = new Subjects(new Path(), 0);
    /** In a plain payload's scan: the objects inside arrays that name their own subject and hold protected values. */
    private final List<Element> elements = new ArrayList<>(0);
    private String typeId;
    private int at;

    private PayloadScan(byte[] json, NameTable names, boolean stored) {
        this.json = json;
        this.names = names;
        this.stored = stored;
        this.references = stored ? new ArrayList<>(8) : List.of();
    }

    /**
     * Scans {@code json}, a JSON object, for the values of the properties named {@code names} at any depth.
     *
     * @throws IllegalArgumentException when {@code json} is not one JSON object (with the offset where it stops being
     *     one)
     */
    static PayloadScan of(byte[] json, Set<String> names) {
        return scan(new PayloadScan(json, tableFor(names), false));
    }

    /**
     * Scans {@code json}, a payload as stored: each value written as {@link EventSealer} writes a reference ({@code
     * {"enc":"aes-gcm-2","t":"s"}}, no spaces, a kind of one character) is one of {@link #references()}, with the kind
     * it names; the {@link #fields()} are the values of the properties named {@value EventSealer#BOX_PROPERTY} or
     * {@code enc} anywhere else (the box, and any reference or box written otherwise), taken whole.
     *
     * @throws IllegalArgumentException when {@code json} is not one JSON object
     */
    static PayloadScan ofStored(byte[] json) {
        return scan(new PayloadScan(json, tableFor(STORED_NAMES), true));
    }

    private static PayloadScan scan(PayloadScan scan) {
        byte[] json = scan.json;
        try {
            scan.skipSpace();
            scan.expect('{');
            scan.walkObject(scan.payload.members, scan.payload);
            scan.skipSpace();
            if (scan.at != json.length) {
                throw scan.malformed("the end of the payload");
            }
        } catch (ArrayIndexOutOfBoundsException truncated) {
            throw new IllegalArgumentException("a payload is one JSON object: it ends early, at byte " + json.length);
        }
        return scan;
    }

    /**
     * The ranges of the elements of {@code json}, one JSON array written without spaces (a box's values, as {@link
     * EventSealer} seals them): {@code [start, end)} of each at {@code 2 * i} and {@code 2 * i + 1}.
     *
     * @throws IllegalArgumentException when {@code json} is not such an array
     */
    static int[] elementsOf(byte[] json) {
        PayloadScan scan = new PayloadScan(json, null, false);
        int[] ranges = new int[16];
        int count = 0;
        try {
            scan.expect('[');
            if (json[scan.at] == ']') {
                scan.at++;
            } else {
                while (true) {
                    int start = scan.at;
                    byte first = json[start];
                    scan.at = first == '"' ? scan.endOfText(start) : first == '{' || first == '[' ? scan.endOfStructure(start)
                            : first == 'n' ? scan.endOfLiteral(start, "null") : scan.endOfScalar(start);
                    if (count + 2 > ranges.length) {
                        ranges = Arrays.copyOf(ranges, ranges.length * 2);
                    }
                    ranges[count++] = start;
                    ranges[count++] = scan.at;
                    byte next = json[scan.at++];
                    if (next == ']') {
                        break;
                    }
                    if (next != ',') {
                        scan.at--;
                        throw scan.malformed("',' or ']'");
                    }
                }
            }
        } catch (ArrayIndexOutOfBoundsException truncated) {
            throw new IllegalArgumentException("an array of values ends early, at byte " + json.length);
        }
        if (scan.at != json.length) {
            throw scan.malformed("the end of the array");
        }
        return Arrays.copyOf(ranges, count);
    }

    /**
     * The table of {@code names}: the last one used when it is for the same set (the protection hands out one set per
     * payload type, and payloads of one type come in runs), found without hashing the set; else from {@link #TABLES}.
     */
    private static NameTable tableFor(Set<String> names) {
        TableOfNames last = lastTable;
        if (last.names() == names) {
            return last.table();
        }
        NameTable table = TABLES.computeIfAbsent(names, NameTable::new);
        lastTable = new TableOfNames(names, table);
        return table;
    }

    /** A set of names and its table (a record: its fields are final, so a racing read sees it whole). */
    private record TableOfNames(Set<String> names, NameTable table) {
    }

    /** The protected values found, in document order, other than those of {@link #elements()}. */
    List<Range> fields() {
        return fields;
    }

    /**
     * In a plain payload's scan ({@link #of}): the objects inside arrays that name their own subject and hold protected
     * values, in the order they end (an object inside another before it); else empty.
     */
    List<Element> elements() {
        return elements;
    }

    /** In a stored payload's scan ({@link #ofStored}), the references found, in document order; else empty. */
    List<Range> references() {
        return references;
    }

    /** The payload's type id: its first top-level {@code "type"} text; null when it has none. */
    String typeId() {
        return typeId;
    }

    /** The payload's data subject: the first of its subject sources it names, before those of a held command. */
    Optional<String> subject() {
        return payload.subject();
    }

    /**
     * Walks the members of the object whose {@code '{'} was just read; {@code owner} the innermost object inside an
     * array it is in, or the payload, which the texts naming a subject belong to.
     */
    private void walkObject(Path path, Subjects owner) {
        skipSpace();
        if (json[at] == '}') {
            at++;
            return;
        }
        while (true) {
            skipSpace();
            int quote = at;
            at = endOfText(quote);
            int name = names.indexOf(json, quote, at);
            int nameEnd = at;
            skipSpace();
            expect(':');
            skipSpace();
            walkMember(path, quote, nameEnd, name, owner);
            skipSpace();
            byte next = json[at++];
            if (next == '}') {
                return;
            }
            if (next != ',') {
                at--;
                throw malformed("',' or '}'");
            }
        }
    }

    /**
     * Walks the value of the member named by the text {@code [quote, nameEnd)}, the {@code name}-th of the table's
     * names or none of them ({@code -1}).
     */
    private void walkMember(Path path, int quote, int nameEnd, int name, Subjects owner) {
        int start = at;
        byte first = json[start];
        int kind = stored && first == '{' ? referenceKind(start) : -1;
        if (kind >= 0) {
            at = start + REFERENCE_START.length + 3;
            references.add(new Range(path.text() + nameOf(quote, nameEnd, name), (char) kind, start, at));
        } else if (first == 'n') {
            at = endOfLiteral(start, "null");
        } else if (names.isProtected(name)) {
            at = first == '"' ? endOfText(start) : first == '{' || first == '[' ? endOfStructure(start) : endOfScalar(start);
            fields.add(new Range(path.text() + names.name(name), first == '"' ? 's' : first == '-' || isDigit(first) ? 'n' : 'o',
                    start, at));
        } else if (first == '{') {
            at++;
            walkObject(new Path(path, quote, nameEnd), owner);
        } else if (first == '[') {
            at++;
            walkArray(new Path(path, quote, nameEnd));
        } else if (first == '"') {
            at = endOfText(start);
            if (name >= 0) {
                noteText(path, names.name(name), start, owner);
            }
        } else {
            at = endOfScalar(start);
        }
    }

    /** Walks the elements of the array whose {@code '['} was just read; their objects' members keep the prefix. */
    private void walkArray(Path path) {
        skipSpace();
        if (json[at] == ']') {
            at++;
            return;
        }
        for (int index = 0; ; index++) {
            skipSpace();
            byte first = json[at];
            if (first == '{') {
                at++;
                walkElement(path, index);
            } else if (first == '[') {
                at++;
                walkArray(path);
            } else if (first == '"') {
                at = endOfText(at);
            } else if (first == 'n') {
                at = endOfLiteral(at, "null");
            } else {
                at = endOfScalar(at);
            }
            skipSpace();
            byte next = json[at++];
            if (next == ']') {
                return;
            }
            if (next != ',') {
                at--;
                throw malformed("',' or ']'");
            }
        }
    }

    /**
     * Walks the object, the {@code index}-th element of the array whose members' path is {@code path}, whose {@code
     * '{'} was just read; in a plain payload's scan, keeps its protected values apart when it names its own subject.
     */
    private void walkElement(Path path, int index) {
        Subjects element = new Subjects(path, fields.size());
        walkObject(path, element);
        if (stored || fields.size() == element.firstField) {
            return;
        }
        Optional<String> subject = element.subject();
        if (subject.isPresent()) {
            List<Range> own = fields.subList(element.firstField, fields.size());
            String arrayPath = path.text();
            elements.add(new Element(subject.get(), EventSealer.place(arrayPath, index), at - 1, List.copyOf(own)));
            own.clear();
        }
    }

    /**
     * The kind of the reference that starts at {@code start}, written as {@link EventSealer} writes it; {@code -1}
     * when there is none there.
     */
    private int referenceKind(int start) {
        int kindAt = start + REFERENCE_START.length;
        if (kindAt + 2 >= json.length || json[kindAt + 1] != '"' || json[kindAt + 2] != '}'
                || !Arrays.equals(json, start, kindAt, REFERENCE_START, 0, REFERENCE_START.length)) {
            return -1;
        }
        byte kind = json[kindAt];
        return kind == '"' || kind == '\\' || kind < 0x20 ? -1 : kind & 0xFF;
    }

    /** The name of a member: the {@code name}-th of the table's, or read from its text {@code [quote, nameEnd)}. */
    private String nameOf(int quote, int nameEnd, int name) {
        return name >= 0 ? names.name(name) : text(quote, nameEnd);
    }

    /** Keeps the type id, and the texts {@code owner}'s subject may be read from (its held command's too). */
    private void noteText(Path path, String name, int quote, Subjects owner) {
        if (path.depth == 0 && name.equals(TYPE)) {
            if (typeId == null) {
                typeId = text(quote, at);
            }
            return;
        }
        int depth = path.depth - owner.members.depth;
        if (depth > (owner.isPayload() ? DEEPEST_SUBJECT_OBJECT : 1)) { // an element's: its own household at most
            return;
        }
        String source = depth == 0 ? name : path.text().substring(owner.members.text().length()) + name;
        int offset = 0;
        if (owner.isPayload() && source.startsWith(HELD_COMMAND)) {
            source = source.substring(HELD_COMMAND.length());
            offset = SOURCES;
        }
        int index = ProtectedFields.SUBJECT_SOURCES.indexOf(source);
        if (index >= 0 && owner.texts[offset + index] == null) {
            String text = text(quote, at);
            owner.texts[offset + index] = text.isBlank() ? null : text;
        }
    }

    private void skipSpace() {
        while (at < json.length && (json[at] == ' ' || json[at] == '\n' || json[at] == '\r' || json[at] == '\t')) {
            at++;
        }
    }

    private void expect(char expected) {
        if (at >= json.length || json[at] != expected) {
            throw malformed("'" + expected + "'");
        }
        at++;
    }

    /** Where the text whose opening quote is at {@code quote} ends, after its closing quote. */
    private int endOfText(int quote) {
        if (json[quote] != '"') {
            at = quote;
            throw malformed("a text");
        }
        int close = JsonBytes.closingQuote(json, quote + 1);
        if (close == json.length) {
            throw new ArrayIndexOutOfBoundsException(close); // read as the payload ending early
        }
        return close + 1;
    }

    /** Where the object or array starting at {@code start} ends, after its closing bracket. */
    private int endOfStructure(int start) {
        int depth = 0;
        for (int i = start; ; i++) {
            byte b = json[i];
            if (b == '"') {
                i = endOfText(i) - 1;
            } else if (b == '{' || b == '[') {
                depth++;
            } else if ((b == '}' || b == ']') && --depth == 0) {
                return i + 1;
            }
        }
    }

    /** Where the number, {@code true} or {@code false} starting at {@code start} ends. */
    private int endOfScalar(int start) {
        byte first = json[start];
        if (first == 't') {
            return endOfLiteral(start, "true");
        }
        if (first == 'f') {
            return endOfLiteral(start, "false");
        }
        if (first != '-' && !isDigit(first)) {
            at = start;
            throw malformed("a value");
        }
        int i = start + 1;
        while (i < json.length && (isDigit(json[i]) || json[i] == '.' || json[i] == 'e' || json[i] == 'E'
                || json[i] == '+' || json[i] == '-')) {
            i++;
        }
        return i;
    }

    private int endOfLiteral(int start, String literal) {
        for (int k = 0; k < literal.length(); k++) {
            if (start + k >= json.length || json[start + k] != literal.charAt(k)) {
                at = start;
                throw malformed(literal);
            }
        }
        return start + literal.length();
    }

    private static boolean isDigit(byte b) {
        return b >= '0' && b <= '9';
    }

    /** The text between the quotes at {@code quote} and {@code end - 1}, its escapes read. */
    private String text(int quote, int end) {
        return readText(json, quote + 1, end - 1);
    }

    /** The text whose UTF-8 bytes, escapes included, are {@code json[from, to)}. */
    static String readText(byte[] json, int from, int to) {
        StringBuilder text = null;
        int run = from; // the start of the bytes not yet copied
        for (int i = from; i < to; i++) {
            if (json[i] != '\\') {
                continue;
            }
            if (text == null) {
                text = new StringBuilder(to - from);
            }
            text.append(new String(json, run, i - run, StandardCharsets.UTF_8));
            byte escaped = json[++i];
            switch (escaped) {
                case 'b' -> text.append('\b');
                case 'f' -> text.append('\f');
                case 'n' -> text.append('\n');
                case 'r' -> text.append('\r');
                case 't' -> text.append('\t');
                case 'u' -> {
                    text.append((char) Integer.parseInt(new String(json, i + 1, 4, StandardCharsets.US_ASCII), 16));
                    i += 4;
                }
                default -> text.append((char) escaped); // '"', '\\', '/'
            }
            run = i + 1;
        }
        String rest = new String(json, run, to - run, StandardCharsets.UTF_8);
        return text == null ? rest : text.append(rest).toString();
    }

    private IllegalArgumentException malformed(String expected) {
        return new IllegalArgumentException("a payload is one JSON object: expected " + expected + " at byte " + at);
    }

    /**
     * The path to an object's members ({@code household.members.}), made text only when a value under it is sealed or
     * may name the subject: most objects need none.
     */
    private final class Path {
        private final Path parent;
        private final int quote;
        private final int end;
        final int depth;
        private String text;

        /** The payload's own members: the empty path. */
        Path() {
            this.parent = null;
            this.quote = -1;
            this.end = -1;
            this.depth = 0;
            this.text = "";
        }

        /** The members of the object or array that is the value of the member named by the text {@code [quote, end)}. */
        Path(Path parent, int quote, int end) {
            this.parent = parent;
            this.quote = quote;
            this.end = end;
            this.depth = parent.depth + 1;
        }

        String text() {
            if (text == null) {
                text = parent.text() + PayloadScan.this.text(quote, end) + ".";
            }
            return text;
        }
    }

    /**
     * The protected names and the {@linkplain #READ_NAMES names whose texts are read}, found by their bytes in the
     * JSON without making a string of each member's name. Immutable and thread-safe.
     */
    private static final class NameTable {
        private final List<String> names = new ArrayList<>();
        private final int protectedCount;
        /** By first byte: the indexes of the names that start with it. */
        private final int[][] byFirstByte = new int[256][];
        private final byte[][] bytes;

        NameTable(Set<String> protectedNames) {
            names.addAll(protectedNames);
            protectedCount = names.size();
            READ_NAMES.stream().filter(name -> !protectedNames.contains(name)).forEach(names::add);
            bytes = new byte[names.size()][];
            List<List<Integer>> buckets = new ArrayList<>();
            for (int b = 0; b < 256; b++) {
                buckets.add(new ArrayList<>());
            }
            for (int index = 0; index < names.size(); index++) {
                bytes[index] = names.get(index).getBytes(StandardCharsets.UTF_8);
                if (bytes[index].length > 0) {
                    buckets.get(bytes[index][0] & 0xFF).add(index);
                }
            }
            for (int b = 0; b < 256; b++) {
                byFirstByte[b] = buckets.get(b).stream().mapToInt(Integer::intValue).toArray();
            }
        }

        boolean isProtected(int index) {
            return index >= 0 && index < protectedCount;
        }

        String name(int index) {
            return names.get(index);
        }

        /** The index of the name whose text, quotes included, is {@code json[quote, end)}; {@code -1} for none. */
        int indexOf(byte[] json, int quote, int end) {
            int from = quote + 1;
            int length = end - 1 - from;
            if (length == 0) {
                return names.indexOf("");
            }
            for (int index : byFirstByte[json[from] & 0xFF]) {
                if (bytes[index].length == length && Arrays.equals(json, from, from + length, bytes[index], 0, length)) {
                    return index;
                }
            }
            for (int i = from; i < from + length; i++) {
                if (json[i] == '\\') { // a name with escapes: read it
                    return names.indexOf(readText(json, from, from + length));
                }
            }
            return -1;
        }
    }
}
