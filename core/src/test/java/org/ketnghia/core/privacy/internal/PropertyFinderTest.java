package org.ketnghia.core.privacy.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The one-pass finder answers as a plain search for each {@code "name":} followed by anything but {@code null}. */
class PropertyFinderTest {

    private static final Set<String> NAMES = Set.of("fullName", "idNumber", "birthYear", "ethnicityCode", "f");
    private static final String[] PARTS = {"{", "}", "[", "]", ",", ":", "\"", "null", "1968", "\"fullName\":",
        "\"idNumber\":", "\"birthYear\":null", "\"ethnicityCode\":\"26\"", "\"f\":", "\"fullNam\":", "\"x\":", "ullName\":"};

    @Test
    void findsWhatAPlainSearchFinds_onManyRandomTexts() {
        PropertyFinder finder = new PropertyFinder(NAMES);
        Random random = new Random(22);
        int found = 0;
        for (int round = 0; round < 20_000; round++) {
            StringBuilder text = new StringBuilder();
            for (int part = random.nextInt(8); part > 0; part--) {
                text.append(PARTS[random.nextInt(PARTS.length)]);
            }
            byte[] json = text.toString().getBytes(StandardCharsets.UTF_8);
            boolean expected = plainSearch(json);
            assertThat(finder.holdsValue(json)).as(text.toString()).isEqualTo(expected);
            found += expected ? 1 : 0;
        }
        assertThat(found).isBetween(1_000, 19_000); // both answers were exercised
    }

    private static boolean plainSearch(byte[] json) {
        for (String name : NAMES) {
            byte[] property = ("\"" + name + "\":").getBytes(StandardCharsets.UTF_8);
            for (int i = 0; i + property.length <= json.length; i++) {
                boolean match = true;
                for (int j = 0; j < property.length && match; j++) {
                    match = json[i + j] == property[j];
                }
                int value = i + property.length;
                if (match && !(value + 4 <= json.length && new String(json, value, 4, StandardCharsets.UTF_8).equals("null"))) {
                    return true;
                }
            }
        }
        return false;
    }
}
