package org.ketnghia.core.privacy.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.ketnghia.core.error.KetnghiaException;
import org.ketnghia.core.privacy.InMemorySubjectKeyStore;
import org.ketnghia.core.privacy.MasterKey;
import org.ketnghia.core.privacy.PrivacyErrorCode;
import org.ketnghia.core.privacy.SubjectKeys;

/**
 * Reading a payload sealed in one box without a tree ({@link PayloadReveal#revealStored}) gives back, byte for byte,
 * the JSON that was sealed — the same payload the tree reading gives — and declines, for the tree reading to decide,
 * every payload it cannot read so: masked, erased, altered, written otherwise, with objects sealed in boxes of their
 * own (which the tree reading reads back to the JSON that was sealed).
 */
class PayloadRevealTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final Set<String> NAMES = Set.of("fullName", "idNumber", "birthYear", "members", "ghi \"chú\"");

    private final SubjectKeys keys = SubjectKeys.open(MasterKey.generate(), new InMemorySubjectKeyStore());
    private final PayloadReveal reveal = new PayloadReveal(Optional.of(keys), "[đã xóa]", "[ẩn]", MAPPER);

    @Test
    void manyRandomSealedPayloads_readBackAsTheBytesThatWereSealed_andAsTheTreeReadingReadsThem() throws Exception {
        Random random = new Random(2026);
        int sealed = 0;
        int withElementBoxes = 0;
        for (int round = 0; round < 5_000; round++) {
            ObjectNode payload = NODES.objectNode();
            payload.put("type", "participant.thu-" + random.nextInt(3));
            payload.put("householdId", "HN-" + random.nextInt(50));
            PayloadScanTest.fill(payload, random, 3);
            byte[] plain = MAPPER.writeValueAsBytes(payload);
            Optional<EventSealer.Sealed> stored = EventSealer.seal(plain, NAMES, keys::forWriting);
            if (stored.isEmpty()) {
                continue;
            }
            sealed++;
            byte[] json = stored.get().json();
            if (!PayloadScan.of(plain, NAMES).elements().isEmpty()) { // boxes of their own: the tree reads them
                assertThat(reveal.revealStored(json)).isEmpty();
                assertThat(reveal.reveal((ObjectNode) MAPPER.readTree(json))).isEqualTo(MAPPER.readTree(plain));
                withElementBoxes++;
                continue;
            }

            Optional<PayloadReveal.Revealed> revealed = reveal.revealStored(json);

            assertThat(revealed).as(stored.get().toString()).isPresent();
            assertThat(new String(revealed.get().json(), StandardCharsets.UTF_8))
                    .isEqualTo(new String(plain, StandardCharsets.UTF_8));
            assertThat(revealed.get().typeId()).isEqualTo(stored.get().typeId());
            assertThat(MAPPER.readTree(revealed.get().json()))
                    .isEqualTo(reveal.reveal((ObjectNode) MAPPER.readTree(json)));
        }
        assertThat(sealed).isGreaterThan(1_500);
        assertThat(withElementBoxes).isGreaterThan(5);
    }

    @Test
    void whatItCannotReadWithoutATree_isLeftToTheTreeReading_whichReadsItOrSaysWhy() throws Exception {
        String stored = sealed("{\"type\":\"t\",\"householdId\":\"HN-1\",\"household\":{\"fullName\":\"Hồ Thị Lan\","
                + "\"birthYear\":1968}}");
        assertThat(reveal.revealStored(bytes(stored))).isPresent();

        // written with spaces, as another writer might: the tree reads it
        String spaced = stored.replace("{\"enc\":\"aes-gcm-2\",\"t\":\"s\"}", "{\"enc\": \"aes-gcm-2\", \"t\": \"s\"}");
        assertThat(reveal.revealStored(bytes(spaced))).isEmpty();
        assertThat(reveal.reveal((ObjectNode) MAPPER.readTree(spaced)).toString()).contains("Hồ Thị Lan");

        // the box not last, or a property named like the cipher's elsewhere: the tree reads it
        String boxFirst = "{\"sealed\":" + stored.substring(stored.indexOf(",\"sealed\":") + 10, stored.length() - 1)
                + "," + stored.substring(1, stored.indexOf(",\"sealed\":")) + "}";
        assertThat(reveal.revealStored(bytes(boxFirst))).isEmpty();
        assertThat(reveal.reveal((ObjectNode) MAPPER.readTree(boxFirst)).toString()).contains("Hồ Thị Lan");
        String withEnc = stored.replace("\"type\":\"t\",", "\"type\":\"t\",\"x\":{\"enc\":\"aes-gcm-9\"},");
        assertThat(reveal.revealStored(bytes(withEnc))).isEmpty();
        assertThat(reveal.reveal((ObjectNode) MAPPER.readTree(withEnc)).toString()).contains("Hồ Thị Lan")
                .contains("aes-gcm-9");

        // a ciphertext altered, or a box from another household: the tree reading says it was altered
        String altered = stored.replace("\"ct\":\"", "\"ct\":\"AAAA");
        assertThat(reveal.revealStored(bytes(altered))).isEmpty();
        assertAltered(altered);
        String otherSubject = stored.replace("\"householdId\":\"HN-1\"", "\"householdId\":\"HN-2\"");
        keys.forWriting("household:HN-2");
        assertThat(reveal.revealStored(bytes(otherSubject))).isEmpty();
        assertAltered(otherSubject);

        // masked, and erased: the stand-ins are the tree reading's
        assertThat(new PayloadReveal(Optional.empty(), "[đã xóa]", "[ẩn]", MAPPER).revealStored(bytes(stored))).isEmpty();
        keys.destroy("household:HN-1");
        assertThat(reveal.revealStored(bytes(stored))).isEmpty();
        assertThat(reveal.reveal((ObjectNode) MAPPER.readTree(stored)).toString()).contains("[đã xóa]")
                .doesNotContain("Lan");
    }

    @Test
    void theValuesOfABox_areSplitAtTheirTopLevelCommasOnly() {
        byte[] array = bytes("[\"a,\\\"b\",12,{\"x\":[1,2],\"y\":\"}\"},[3,[4]],null,-1.5e3,true]");

        int[] ranges = PayloadScan.elementsOf(array);

        assertThat(ranges).hasSize(14);
        String[] values = new String[ranges.length / 2];
        for (int index = 0; index < values.length; index++) {
            values[index] = new String(array, ranges[2 * index], ranges[2 * index + 1] - ranges[2 * index],
                    StandardCharsets.UTF_8);
        }
        assertThat(values).containsExactly("\"a,\\\"b\"", "12", "{\"x\":[1,2],\"y\":\"}\"}", "[3,[4]]", "null", "-1.5e3",
                "true");
        assertThat(PayloadScan.elementsOf(bytes("[]"))).isEmpty();
        assertThatThrownBy(() -> PayloadScan.elementsOf(bytes("[1,2"))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PayloadScan.elementsOf(bytes("[1 2]"))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PayloadScan.elementsOf(bytes("[1],"))).isInstanceOf(IllegalArgumentException.class);
    }

    private String sealed(String plain) {
        return new String(EventSealer.seal(bytes(plain), NAMES, keys::forWriting).orElseThrow().json(),
                StandardCharsets.UTF_8);
    }

    private void assertAltered(String stored) {
        assertThatThrownBy(() -> reveal.reveal((ObjectNode) MAPPER.readTree(stored)))
                .isInstanceOfSatisfying(KetnghiaException.class, e -> assertThat(e.problems().get(0).code())
                        .isEqualTo(PrivacyErrorCode.PRIVACY_CIPHERTEXT_ALTERED));
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
