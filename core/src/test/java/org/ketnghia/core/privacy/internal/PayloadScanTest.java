package org.ketnghia.core.privacy.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.ketnghia.core.privacy.DataSubject;

/**
 * The byte walk finds, in random payloads written compact or pretty, what a walk of Jackson's tree of the same payload
 * finds: each protected value (its path, kind and exact JSON) in document order, the type id and the data subject, and
 * apart, the values of each object inside an array that names its own subject, with that subject and its place.
 */
class PayloadScanTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final Set<String> NAMES = Set.of("fullName", "idNumber", "birthYear", "members", "ghi \"chú\"");
    private static final String[] KEYS = {"fullName", "idNumber", "birthYear", "members", "ghi \"chú\"", "household",
        "id", "householdId", "personId", "complaintId", "person", "command", "type", "dân tộc", "a\\b", "x", "n"};
    static final String[] TEXTS = {"", " ", "HN-001", "Hồ \"Bé\" \\ Lan\t₫", "049175001234", "/\b\f\n\r",
        "\u0001 control", "😀 ngoài BMP", "null", "{\"giả\":[1]}"};

    @Test
    void findsWhatATreeWalkFinds_inManyRandomPayloads_compactAndPretty() throws Exception {
        Random random = new Random(2022);
        int sealedValues = 0;
        int withSubject = 0;
        int elements = 0;
        for (int round = 0; round < 5_000; round++) {
            ObjectNode payload = NODES.objectNode();
            if (random.nextInt(10) > 0) {
                payload.put("type", TEXTS[random.nextInt(TEXTS.length)]);
            }
            if (random.nextInt(4) == 0) {
                payload.put("householdId", TEXTS[random.nextInt(TEXTS.length)]);
            }
            fill(payload, random, 3);
            List<Found> expected = new ArrayList<>();
            List<FoundElement> expectedElements = new ArrayList<>();
            treeWalk(payload, "", expected, expectedElements);
            String expectedSubject = ProtectedFields.subjectOf(payload).map(DataSubject::key).orElse(null);
            JsonNode type = payload.get("type");
            String expectedType = type != null && type.isTextual() ? type.asText() : null;

            for (byte[] json : List.of(MAPPER.writeValueAsBytes(payload),
                    MAPPER.writerWithDefaultPrettyPrinter().writeValueAsBytes(payload))) {
                PayloadScan scan = PayloadScan.of(json, NAMES);
                List<Found> found = new ArrayList<>();
                for (PayloadScan.Range field : scan.fields()) {
                    found.add(new Found(field.path(), field.kind(),
                            MAPPER.readTree(new String(json, field.start(), field.end() - field.start(), StandardCharsets.UTF_8))));
                }
                assertThat(found).as(new String(json, StandardCharsets.UTF_8)).isEqualTo(expected);
                List<FoundElement> foundElements = new ArrayList<>();
                for (PayloadScan.Element element : scan.elements()) {
                    List<Found> fields = new ArrayList<>();
                    for (PayloadScan.Range field : element.fields()) {
                        fields.add(new Found(field.path(), field.kind(), MAPPER.readTree(
                                new String(json, field.start(), field.end() - field.start(), StandardCharsets.UTF_8))));
                    }
                    assertThat(json[element.closingBrace()]).isEqualTo((byte) '}');
                    foundElements.add(new FoundElement(element.subject(), element.place(), fields));
                }
                assertThat(foundElements).as(new String(json, StandardCharsets.UTF_8)).isEqualTo(expectedElements);
                assertThat(scan.typeId()).isEqualTo(expectedType);
                assertThat(scan.subject().orElse(null)).isEqualTo(expectedSubject);
            }
            sealedValues += expected.size();
            withSubject += expectedSubject == null ? 0 : 1;
            elements += expectedElements.size();
        }
        assertThat(elements).isGreaterThan(5);
        assertThat(sealedValues).isGreaterThan(2_500); // protected values and subjects were exercised
        assertThat(withSubject).isBetween(500, 4_500);
    }

    @Test
    void whatIsNotOneJsonObject_isRefused_withTheByteWhereItStops() {
        Set<String> names = Set.of("fullName");
        assertThatThrownBy(() -> PayloadScan.of(bytes("{\"fullName\":\"A\""), names))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("ends early");
        assertThatThrownBy(() -> PayloadScan.of(bytes("{\"fullName\" \"A\"}"), names))
                .hasMessage("a payload is one JSON object: expected ':' at byte 12");
        assertThatThrownBy(() -> PayloadScan.of(bytes("{\"x\":tru}"), names))
                .hasMessage("a payload is one JSON object: expected true at byte 5");
        assertThatThrownBy(() -> PayloadScan.of(bytes("{\"x\":1}}"), names))
                .hasMessage("a payload is one JSON object: expected the end of the payload at byte 7");
        assertThatThrownBy(() -> PayloadScan.of(bytes("[1]"), names))
                .hasMessage("a payload is one JSON object: expected '{' at byte 0");
    }

    private record Found(String path, char kind, JsonNode value) {
    }

    private record FoundElement(String subject, String place, List<Found> fields) {
    }

    /**
     * The tree reading of the rule: a protected value whole, other objects and arrays looked into, nulls skipped; the
     * values of an object inside an array that names its own subject kept apart, in the order such objects end.
     */
    private static void treeWalk(JsonNode node, String prefix, List<Found> found, List<FoundElement> elements) {
        if (node.isArray()) {
            int index = 0;
            for (JsonNode element : node) {
                java.util.Optional<DataSubject> own = element instanceof ObjectNode object
                        ? ProtectedFields.ownSubjectOf(object) : java.util.Optional.empty();
                if (own.isPresent()) {
                    List<Found> ownFields = new ArrayList<>();
                    treeWalk(element, prefix, ownFields, elements);
                    if (!ownFields.isEmpty()) {
                        elements.add(new FoundElement(own.get().key(), prefix.substring(0, prefix.length() - 1) + "["
                                + index + "]", ownFields));
                    }
                } else {
                    treeWalk(element, prefix, found, elements);
                }
                index++;
            }
            return;
        }
        if (!node.isObject()) {
            return;
        }
        for (Iterator<Map.Entry<String, JsonNode>> members = node.fields(); members.hasNext(); ) {
            Map.Entry<String, JsonNode> member = members.next();
            JsonNode value = member.getValue();
            if (value.isNull()) {
                continue;
            }
            if (NAMES.contains(member.getKey())) {
                found.add(new Found(prefix + member.getKey(), value.isTextual() ? 's' : value.isNumber() ? 'n' : 'o', value));
            } else {
                treeWalk(value, prefix + member.getKey() + ".", found, elements);
            }
        }
    }

    static void fill(ObjectNode object, Random random, int depth) {
        for (int count = random.nextInt(6); count > 0; count--) {
            object.set(KEYS[random.nextInt(KEYS.length)], value(random, depth));
        }
    }

    private static JsonNode value(Random random, int depth) {
        int kind = random.nextInt(depth > 0 ? 10 : 7);
        return switch (kind) {
            case 0 -> NODES.nullNode();
            case 1 -> NODES.booleanNode(random.nextBoolean());
            case 2 -> NODES.numberNode(random.nextInt(4_000) - 2_000);
            case 3 -> NODES.numberNode(random.nextDouble() * 1e-3);
            case 4 -> NODES.numberNode(random.nextLong());
            case 5, 6 -> NODES.textNode(TEXTS[random.nextInt(TEXTS.length)]);
            case 7, 8 -> {
                ObjectNode inner = NODES.objectNode();
                fill(inner, random, depth - 1);
                yield inner;
            }
            default -> {
                ArrayNode array = NODES.arrayNode();
                for (int count = random.nextInt(4); count > 0; count--) {
                    array.add(value(random, depth - 1));
                }
                yield array;
            }
        };
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
