package org.ketnghia.store.jdbc;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.type.LogicalType;
import java.io.IOException;
import java.io.Reader;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.ketnghia.core.error.KetnghiaException;
import org.ketnghia.core.json.KetnghiaJson;

/**
 * The JSON of a {@link BackupManifest} file, bound by Jackson to the records below: its properties in the order the
 * first version wrote them, pretty-printed, the parts in the order of {@link BackupPart}, and the signature of a signed
 * manifest last. Values are read as they are
 * written, without coercion (a number in quotes, a text given as a number, a whole number with a fraction is a value
 * of the wrong kind), and a property this version does not know is passed over, as the first reader did. Thread-safe.
 */
final class BackupManifestJson {

    private static final ObjectMapper MAPPER = mapperWithoutCoercion();
    /** Not sorted by key: the parts are written in the order of {@link BackupPart}, events first. */
    private static final ObjectWriter WRITER = MAPPER.writerWithDefaultPrettyPrinter()
            .without(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);
    private static final ObjectReader READER = MAPPER.readerFor(Document.class)
            .without(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private BackupManifestJson() {
    }

    /**
     * The whole manifest. Any value is null when it was missing: {@link #read} names it. The signature, last, is not
     * written when there is none, so that an unsigned manifest is written as the first version wrote it.
     */
    @JsonPropertyOrder({"format", "exportedAt", "ledger", "parts", "signature"})
    record Document(String format, String exportedAt, Ledger ledger, Map<String, Part> parts,
            @JsonInclude(JsonInclude.Include.NON_NULL) Signature signature) {
    }

    /** The signature of a signed manifest, as {@link BackupManifestSignature} holds it. */
    @JsonPropertyOrder({"algorithm", "keyDerivation", "value"})
    record Signature(String algorithm, String keyDerivation, String value) {
    }

    /** Where the ledger ended. */
    @JsonPropertyOrder({"lastSequence", "lastHash"})
    record Ledger(Long lastSequence, String lastHash) {
    }

    /** One part, as {@link BackupPartSummary} records it. */
    @JsonPropertyOrder({"file", "bytes", "lines", "sha256"})
    record Part(String file, Long bytes, Long lines, String sha256) {
    }

    /** The text of {@code manifest}, pretty-printed, without a last line end. */
    static String text(BackupManifest manifest) throws JsonProcessingException {
        Map<String, Part> parts = new LinkedHashMap<>();
        manifest.parts().forEach((part, summary) -> parts.put(part.id(),
                new Part(summary.file(), summary.bytes(), summary.lines(), summary.sha256())));
        Signature signature = manifest.signature()
                .map(signed -> new Signature(signed.algorithm(), signed.keyDerivation(), signed.value())).orElse(null);
        return WRITER.writeValueAsString(new Document(manifest.format(), manifest.exportedAt().toString(),
                new Ledger(manifest.lastSequence(), manifest.lastHash()), parts, signature));
    }

    /**
     * Reads a manifest, see {@link BackupManifest#read}. Its format and the names of its parts are checked before its
     * values, so that a manifest of a later version is refused as such whatever its shape.
     */
    static BackupManifest read(Reader in, String source) {
        JsonNode root;
        try {
            root = MAPPER.readTree(in);
        } catch (JsonProcessingException e) {
            throw unreadable(source, "not JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw unreadable(source, e.getMessage());
        }
        if (root == null || !root.isObject()) {
            throw unreadable(source, "not a JSON object");
        }
        String format = root.path("format").asText();
        if (!BackupManifest.FORMAT.equals(format) && !BackupManifest.SIGNED_FORMAT.equals(format)) {
            throw unreadable(source, "format \"" + format + "\", where this version reads " + BackupManifest.FORMAT
                    + " or " + BackupManifest.SIGNED_FORMAT);
        }
        root.path("parts").fieldNames().forEachRemaining(id -> knownPart(id, source));
        if (BackupManifest.FORMAT.equals(format)) {
            // the unsigned format signs nothing: a signature there is a property it does not know, passed over
            ((ObjectNode) root).remove("signature");
        }
        try {
            return manifestOf(READER.readValue(root), BackupManifest.SIGNED_FORMAT.equals(format), source);
        } catch (JsonMappingException e) {
            throw unreadable(source, wrongValue(e));
        } catch (IOException e) {
            throw unreadable(source, e.getMessage());
        }
    }

    private static BackupManifest manifestOf(Document document, boolean signed, String source) {
        if (document.parts() == null) {
            throw unreadable(source, "no parts");
        }
        Map<BackupPart, BackupPartSummary> parts = new EnumMap<>(BackupPart.class);
        document.parts().forEach((id, part) -> parts.put(knownPart(id, source), summaryOf(part, "parts." + id, source)));
        Ledger ledger = document.ledger() != null ? document.ledger() : new Ledger(null, null);
        try {
            return new BackupManifest(Instant.parse(text(document.exportedAt(), "exportedAt", source)),
                    number(ledger.lastSequence(), "ledger.lastSequence", source),
                    text(ledger.lastHash(), "ledger.lastHash", source), parts,
                    signed ? Optional.of(signatureOf(document.signature(), source)) : Optional.empty());
        } catch (DateTimeParseException | IllegalArgumentException e) {
            throw unreadable(source, e.getMessage());
        }
    }

    /** The signature of a signed manifest: it has one, and this version knows its algorithm. */
    private static BackupManifestSignature signatureOf(Signature signature, String source) {
        if (signature == null) {
            throw unreadable(source, "no signature, which a manifest of format " + BackupManifest.SIGNED_FORMAT + " has");
        }
        try {
            return new BackupManifestSignature(text(signature.algorithm(), "signature.algorithm", source),
                    text(signature.keyDerivation(), "signature.keyDerivation", source),
                    text(signature.value(), "signature.value", source));
        } catch (IllegalArgumentException e) {
            throw unreadable(source, "signature: " + e.getMessage());
        }
    }

    private static BackupPartSummary summaryOf(Part part, String where, String source) {
        Part written = part != null ? part : new Part(null, null, null, null);
        try {
            return new BackupPartSummary(text(written.file(), where + ".file", source),
                    number(written.bytes(), where + ".bytes", source), number(written.lines(), where + ".lines", source),
                    text(written.sha256(), where + ".sha256", source));
        } catch (IllegalArgumentException e) {
            throw unreadable(source, where + ": " + e.getMessage());
        }
    }

    private static BackupPart knownPart(String id, String source) {
        return BackupPart.withId(id)
                .orElseThrow(() -> unreadable(source, "a part this version does not know: \"" + id + "\""));
    }

    /** {@code value}, a text that is not blank; {@code field} names it in errors. */
    private static String text(String value, String field, String source) {
        if (value == null || value.isBlank()) {
            throw unreadable(source, "no " + field);
        }
        return value;
    }

    /** {@code value}, a whole number; {@code field} names it in errors. */
    private static long number(Long value, String field, String source) {
        if (value == null) {
            throw unreadable(source, "no whole number " + field);
        }
        return value;
    }

    /**
     * What a value of the wrong kind makes of the manifest, in the words of a value missing: {@code "no whole number
     * <field>"} where a number was to be, {@code "no <field>"} otherwise, the field named by its path ({@code
     * "parts.events.lines"}).
     */
    private static String wrongValue(JsonMappingException e) {
        Class<?> expected = expectedType(e);
        boolean wholeNumber = expected != null && (expected == long.class || Number.class.isAssignableFrom(expected));
        String field = e.getPath().stream().map(JsonMappingException.Reference::getFieldName)
                .collect(Collectors.joining("."));
        return (wholeNumber ? "no whole number " : "no ") + field;
    }

    /** The type the value was to be read as; a number too large for it is the parser's error, wrapped. */
    private static Class<?> expectedType(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof MismatchedInputException mismatch) {
                return mismatch.getTargetType();
            }
            if (cause instanceof InputCoercionException coercion) {
                return coercion.getTargetType();
            }
        }
        return null;
    }

    private static KetnghiaException unreadable(String source, String what) {
        return KetnghiaException.of(StoreErrorCode.STORE_BACKUP_MANIFEST_UNREADABLE, source, source, what);
    }

    /** The project's mapper, reading each value only from JSON of its own kind, as the first reader did. */
    private static ObjectMapper mapperWithoutCoercion() {
        ObjectMapper mapper = KetnghiaJson.newObjectMapper();
        mapper.coercionConfigFor(LogicalType.Integer)
                .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
        mapper.coercionConfigFor(LogicalType.Textual)
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
        return mapper;
    }
}
