package org.ketnghia.core.privacy.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.ketnghia.core.privacy.InMemorySubjectKeyStore;
import org.ketnghia.core.privacy.MasterKey;
import org.ketnghia.core.privacy.SubjectKeys;

/**
 * The bytes a sealer writes (<i>định dạng đã niêm phong</i>) are the format documented in {@code
 * docs/personal-data.md}, byte for byte, and must stay so however they are put together: each protected value
 * replaced by its reference, the box as the last member of its object, its subject quoted as JSON quotes it, the box
 * in base64 as {@link Base64#getEncoder()} writes it, and the box opening with the associated data as the UTF-8 of its
 * text (one line each: cipher id, subject, type id, place, field path and kind).
 */
class SealedFormatTest {

    private static final Set<String> NAMES = Set.of("fullName", "birthYear", "memberName");
    private static final Pattern CIPHERTEXT = Pattern.compile("\"ct\":\"([^\"]*)\"");
    private static final String TEXT = "{\"enc\":\"aes-gcm-2\",\"t\":\"s\"}";
    private static final String NUMBER = "{\"enc\":\"aes-gcm-2\",\"t\":\"n\"}";

    private final SubjectKeys keys = SubjectKeys.open(MasterKey.generate(), new InMemorySubjectKeyStore());

    @Test
    void associatedData_isTheUtf8OfItsText_asciiOrNot() {
        List<PayloadScan.Range> fields = List.of(new PayloadScan.Range("household.members.fullName", 's', 0, 0),
                new PayloadScan.Range("household.members.birthYear", 'n', 0, 0));
        List<PayloadScan.Range> unusual = List.of(new PayloadScan.Range("hộ.tên", 'o', 0, 0),
                new PayloadScan.Range("x", (char) 0xC3, 0, 0), new PayloadScan.Range("\uD83D\uDE00", '\u007F', 0, 0));
        String[][] texts = {
            {"household:HN-1", "participant.household-registered", null},
            {"household:HN-1", "training.household-attendance-recorded", "participants[2]"},
            {"household:HN-Đ", "participant.household-registered", null},
            {"household:HN-1", "loại.sự-kiện", "participants[0]"},
            {"person:P-1", "t", "người[1]"},
            {"", "", ""},
        };
        for (String[] text : texts) {
            for (List<PayloadScan.Range> some : List.of(fields, unusual, List.<PayloadScan.Range>of())) {
                assertThat(EventSealer.associatedData(text[0], text[1], text[2], some))
                        .isEqualTo(asText(text[0], text[1], text[2], some));
            }
        }
        assertThat(new String(EventSealer.associatedData("household:HN-1", "t", null, fields), StandardCharsets.UTF_8))
                .isEqualTo("aes-gcm-2\nhousehold:HN-1\nt\nhousehold.members.fullName:s\nhousehold.members.birthYear:n");
    }

    @Test
    void aPayloadsOwnBox_isWrittenAsDocumented() throws Exception {
        String plain = "{\"type\":\"participant.household-registered\",\"householdId\":\"HN-1\","
                + "\"members\":[{\"fullName\":\"Bríu Thị Hoa\",\"birthYear\":1970,\"relation\":\"HEAD\"}],"
                + "\"note\":null}";
        String stored = sealed(plain);
        List<byte[]> boxes = boxes(stored, 1);

        assertThat(stored).isEqualTo("{\"type\":\"participant.household-registered\",\"householdId\":\"HN-1\","
                + "\"members\":[{\"fullName\":" + TEXT + ",\"birthYear\":" + NUMBER + ",\"relation\":\"HEAD\"}],"
                + "\"note\":null,\"sealed\":{\"enc\":\"aes-gcm-2\",\"subject\":\"household:HN-1\",\"ct\":\""
                + Base64.getEncoder().encodeToString(boxes.get(0)) + "\"}}");
        assertThat(open("household:HN-1", boxes.get(0), asText("household:HN-1", "participant.household-registered",
                null, List.of(range("members.fullName", 's'), range("members.birthYear", 'n')))))
                .isEqualTo("[\"Bríu Thị Hoa\",1970]");
    }

    @Test
    void aSubjectThatJsonEscapes_andOneNotAscii_areQuotedAndBoundAsBefore() throws Exception {
        String plain = "{\"type\":\"t\",\"householdId\":\"HN \\\"Đ\\\" \\\\ 1\",\"fullName\":\"A\"}";
        String subject = "household:HN \"Đ\" \\ 1";
        String stored = sealed(plain);
        List<byte[]> boxes = boxes(stored, 1);

        assertThat(stored).isEqualTo("{\"type\":\"t\",\"householdId\":\"HN \\\"Đ\\\" \\\\ 1\",\"fullName\":" + TEXT
                + ",\"sealed\":{\"enc\":\"aes-gcm-2\",\"subject\":\"household:HN \\\"Đ\\\" \\\\ 1\",\"ct\":\""
                + Base64.getEncoder().encodeToString(boxes.get(0)) + "\"}}");
        assertThat(open(subject, boxes.get(0), asText(subject, "t", null, List.of(range("fullName", 's')))))
                .isEqualTo("[\"A\"]");
    }

    @Test
    void boxesOfObjects_andThePayloadsOwn_areEachInTheirPlace() throws Exception {
        String plain = "{\"type\":\"training.attendance\",\"householdId\":\"HN-9\",\"fullName\":\"Chủ\","
                + "\"participants\":[{\"householdId\":\"HN-1\",\"memberName\":\"Hoa\"},{\"personId\":\"P-2\","
                + "\"memberName\":\"Bốn\",\"birthYear\":1990}],\"birthYear\":1960}";
        String stored = sealed(plain);
        List<byte[]> boxes = boxes(stored, 3);

        assertThat(stored).isEqualTo("{\"type\":\"training.attendance\",\"householdId\":\"HN-9\",\"fullName\":" + TEXT
                + ",\"participants\":[{\"householdId\":\"HN-1\",\"memberName\":" + TEXT
                + ",\"sealed\":{\"enc\":\"aes-gcm-2\",\"subject\":\"household:HN-1\",\"ct\":\""
                + Base64.getEncoder().encodeToString(boxes.get(0)) + "\"}},{\"personId\":\"P-2\",\"memberName\":" + TEXT
                + ",\"birthYear\":" + NUMBER + ",\"sealed\":{\"enc\":\"aes-gcm-2\",\"subject\":\"person:P-2\",\"ct\":\""
                + Base64.getEncoder().encodeToString(boxes.get(1)) + "\"}}],\"birthYear\":" + NUMBER
                + ",\"sealed\":{\"enc\":\"aes-gcm-2\",\"subject\":\"household:HN-9\",\"ct\":\""
                + Base64.getEncoder().encodeToString(boxes.get(2)) + "\"}}");
        assertThat(open("household:HN-1", boxes.get(0), asText("household:HN-1", "training.attendance",
                "participants[0]", List.of(range("participants.memberName", 's'))))).isEqualTo("[\"Hoa\"]");
        assertThat(open("person:P-2", boxes.get(1), asText("person:P-2", "training.attendance", "participants[1]",
                List.of(range("participants.memberName", 's'), range("participants.birthYear", 'n')))))
                .isEqualTo("[\"Bốn\",1990]");
        assertThat(open("household:HN-9", boxes.get(2), asText("household:HN-9", "training.attendance", null,
                List.of(range("fullName", 's'), range("birthYear", 'n'))))).isEqualTo("[\"Chủ\",1960]");
    }

    private String sealed(String plain) {
        byte[] stored = EventSealer.seal(plain.getBytes(StandardCharsets.UTF_8), NAMES, keys::forWriting).orElseThrow()
                .json();
        return new String(stored, StandardCharsets.UTF_8);
    }

    /** The boxes of {@code stored}, in document order, decoded from base64; {@code count} of them. */
    private static List<byte[]> boxes(String stored, int count) {
        List<byte[]> boxes = new ArrayList<>();
        Matcher matcher = CIPHERTEXT.matcher(stored);
        while (matcher.find()) {
            boxes.add(Base64.getDecoder().decode(matcher.group(1)));
        }
        assertThat(boxes).hasSize(count);
        return boxes;
    }

    private String open(String subject, byte[] box, byte[] associatedData) throws Exception {
        byte[] opened = Aes.open(keys.forReading(subject).orElseThrow(), box, associatedData);
        return new String(opened, StandardCharsets.UTF_8);
    }

    private static PayloadScan.Range range(String path, char kind) {
        return new PayloadScan.Range(path, kind, 0, 0);
    }

    /** The associated data as documented: its text, one line each, encoded in UTF-8. */
    private static byte[] asText(String subject, String typeId, String place,
            List<? extends EventSealer.Field> fields) {
        StringBuilder text = new StringBuilder("aes-gcm-2").append('\n').append(subject).append('\n').append(typeId);
        if (place != null) {
            text.append('\n').append('@').append(place);
        }
        for (EventSealer.Field field : fields) {
            text.append('\n').append(field.path()).append(':').append(field.kind());
        }
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }
}
