package org.ketnghia.core.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A decrypted field's value, read without a parser where it is a plain string or number, is what a parser reads. */
class DecryptedValueTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    @Test
    void everyKindOfValue_readsAsTheParserReadsIt() throws Exception {
        List<String> values = List.of("\"Bríu Thị Hoa\"", "\"\"", "\"049175001234\"", "\"26\"", "1968", "0", "7",
                "999999999", "1234567890", "12345678901234", "-5", "1.5", "1e3", "true", "false", "null",
                "\"a\\\"b\"", "\"tab\\tin\"", "\"line\\nbreak\"", "\"\\u0041\"", "{\"a\":1}", "[1,2]",
                "\"Hồ Văn Ảnh – Đắk\"");
        for (String json : values) {
            byte[] plain = json.getBytes(StandardCharsets.UTF_8);

            assertThat(PayloadProtection.valueOf(plain, MAPPER)).as(json).isEqualTo(MAPPER.readTree(plain));
        }
    }
}
