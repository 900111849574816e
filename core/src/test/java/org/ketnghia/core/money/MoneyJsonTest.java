package org.ketnghia.core.money;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class MoneyJsonTest {

    private final ObjectMapper mapper = new ObjectMapper();

    @Test
    void money_isAPlainIntegerInJson() throws Exception {
        assertThat(mapper.writeValueAsString(Money.ofDong(9_000_000_000L))).isEqualTo("9000000000");
        assertThat(mapper.readValue("20000000", Money.class)).isEqualTo(Money.ofMillions(20));
    }
}
