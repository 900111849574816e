package org.ketnghia.core.privacy.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.ketnghia.core.error.KetnghiaException;
import org.ketnghia.core.privacy.InMemorySubjectKeyStore;
import org.ketnghia.core.privacy.MasterKey;
import org.ketnghia.core.privacy.PrivacyErrorCode;
import org.ketnghia.core.privacy.SubjectKeys;

/**
 * An object inside an array that names its own subject (a member present at a class, with her household's id) has
 * its protected values sealed in a box of its own under that subject's key, as the payload's last property is for the
 * payload's own: each reads back with its own key, masked as {@code [ẩn]}, and erasing one subject turns only its
 * objects' values into stand-ins. A box cannot be moved to another object, of the same subject or not.
 */
class ElementBoxesTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Set<String> NAMES = Set.of("memberName", "fullName");
    private static final String PLAIN = "{\"type\":\"training.household-attendance-recorded\",\"classId\":\"C-1\","
            + "\"participants\":[{\"householdId\":\"HN-1\",\"memberName\":\"Bríu Thị Hoa\"},"
            + "{\"householdId\":\"HN-1\",\"memberName\":\"Bríu Văn Bốn\"},"
            + "{\"householdId\":\"HN-2\",\"memberName\":\"Zơrâm Thị Lan\"}]}";

    private final SubjectKeys keys = SubjectKeys.open(MasterKey.generate(), new InMemorySubjectKeyStore());
    private final PayloadReveal reveal = new PayloadReveal(Optional.of(keys), "[đã xóa]", "[ẩn]", MAPPER);

    @Test
    void eachObjectNamingItsSubject_isSealedInABoxOfItsOwn_underThatSubjectsKey() {
        EventSealer.Sealed sealed = EventSealer.seal(bytes(PLAIN), NAMES, keys::forWriting).orElseThrow();
        String stored = new String(sealed.json(), StandardCharsets.UTF_8);

        assertThat(stored).doesNotContain("Hoa", "Bốn", "Lan")
                .matches("\\{\"type\":\"training.household-attendance-recorded\",\"classId\":\"C-1\",\"participants\":\\["
                        + "\\{\"householdId\":\"HN-1\",\"memberName\":\\{\"enc\":\"aes-gcm-2\",\"t\":\"s\"},"
                        + "\"sealed\":\\{\"enc\":\"aes-gcm-2\",\"subject\":\"household:HN-1\",\"ct\":\"[A-Za-z0-9+/=]+\"}},"
                        + "\\{\"householdId\":\"HN-1\",\"memberName\":\\{\"enc\":\"aes-gcm-2\",\"t\":\"s\"},"
                        + "\"sealed\":\\{\"enc\":\"aes-gcm-2\",\"subject\":\"household:HN-1\",\"ct\":\"[A-Za-z0-9+/=]+\"}},"
                        + "\\{\"householdId\":\"HN-2\",\"memberName\":\\{\"enc\":\"aes-gcm-2\",\"t\":\"s\"},"
                        + "\"sealed\":\\{\"enc\":\"aes-gcm-2\",\"subject\":\"household:HN-2\",\"ct\":\"[A-Za-z0-9+/=]+\"}}]}");
        assertThat(sealed.subjects()).containsExactly("household:HN-1", "household:HN-2");
        assertThat(reveal.revealStored(sealed.json())).isEmpty(); // the tree reads boxes of objects
        assertThat(reveal.reveal(tree(stored))).isEqualTo(tree(PLAIN));
    }

    @Test
    void readMasked_orOneSubjectErased_onlyItsObjectsAreStandIns() {
        String stored = sealed(PLAIN);

        assertThat(names(new PayloadReveal(Optional.empty(), "[đã xóa]", "[ẩn]", MAPPER).reveal(tree(stored))))
                .containsExactly("[ẩn]", "[ẩn]", "[ẩn]");
        keys.destroy("household:HN-1");
        List<String> names = names(reveal.reveal(tree(stored)));
        assertThat(names.get(0)).startsWith("[đã xóa] #");
        assertThat(names.get(1)).startsWith("[đã xóa] #").isNotEqualTo(names.get(0));
        assertThat(names.get(2)).isEqualTo("Zơrâm Thị Lan");
    }

    @Test
    void theSubjectsPayloadBox_andObjectsBoxes_readTogether_alsoInAHeldCommand() {
        String plain = "{\"type\":\"approval.requested\",\"command\":{\"type\":\"t\",\"householdId\":\"HN-9\","
                + "\"fullName\":\"Hồ Văn Nam\",\"participants\":[{\"person\":{\"id\":\"P-1\"},\"fullName\":\"A Lăng\","
                + "\"inner\":[{\"personId\":\"P-2\",\"memberName\":\"B\"}]},{\"memberName\":\"no subject\"}]}}";
        String stored = sealed(plain);

        assertThat(stored).doesNotContain("Hồ Văn Nam", "A Lăng", "\"B\"", "no subject")
                .contains("\"subject\":\"person:P-1\"", "\"subject\":\"person:P-2\"", "\"subject\":\"household:HN-9\"");
        assertThat(reveal.reveal(tree(stored))).isEqualTo(tree(plain));
    }

    @Test
    void aBoxMovedToAnotherObject_ofTheSameSubjectOrAnother_isRefusedAsAltered() {
        String stored = sealed(PLAIN);
        Matcher boxes = Pattern.compile("\"ct\":\"([^\"]+)\"").matcher(stored);
        List<String> ciphertexts = boxes.results().map(match -> match.group(1)).toList();

        String swapped = stored.replace(ciphertexts.get(0), "FIRST").replace(ciphertexts.get(1), ciphertexts.get(0))
                .replace("FIRST", ciphertexts.get(1));
        assertAltered(swapped);
        String otherHousehold = stored.replaceFirst("\"householdId\":\"HN-2\"", "\"householdId\":\"HN-1\"");
        assertAltered(otherHousehold);
    }

    private void assertAltered(String stored) {
        assertThatThrownBy(() -> reveal.reveal(tree(stored)))
                .isInstanceOfSatisfying(KetnghiaException.class, e -> assertThat(e.problems().get(0).code())
                        .isEqualTo(PrivacyErrorCode.PRIVACY_CIPHERTEXT_ALTERED));
    }

    private String sealed(String plain) {
        return new String(EventSealer.seal(bytes(plain), NAMES, keys::forWriting).orElseThrow().json(),
                StandardCharsets.UTF_8);
    }

    private static List<String> names(ObjectNode payload) {
        return payload.findValues("memberName").stream().map(JsonNode::asText).toList();
    }

    private static ObjectNode tree(String json) {
        try {
            return (ObjectNode) MAPPER.readTree(json);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
