package org.ketnghia.core.privacy.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** The eight-bytes-at-a-time searches find what a byte-by-byte search finds, from every start, at every length. */
class JsonBytesTest {

    private static final byte[] ALPHABET = {'"', '\\', 'a', ' ', '{', (byte) 0xC3, (byte) 0xA1, 0x21, 0x23, 0x5B, 0x5D,
        (byte) 0xA2, (byte) 0xDC, 0x00, (byte) 0xFF};

    @Test
    void findTheFirstQuote_andTheFirstQuoteOrBackslash_asAByteByByteSearchDoes() {
        Random random = new Random(8);
        int found = 0;
        for (int round = 0; round < 20_000; round++) {
            byte[] json = new byte[random.nextInt(40)];
            int rarity = 1 + random.nextInt(30); // from dense to rare matches
            for (int i = 0; i < json.length; i++) {
                json[i] = random.nextInt(rarity) == 0 ? ALPHABET[random.nextInt(2)] : ALPHABET[2 + random.nextInt(ALPHABET.length - 2)];
            }
            for (int from = 0; from <= json.length; from++) {
                int quote = naive(json, from, false);
                assertThat(JsonBytes.indexOfQuote(json, from)).isEqualTo(quote);
                assertThat(JsonBytes.indexOfQuoteOrBackslash(json, from)).isEqualTo(naive(json, from, true));
                found += quote < json.length ? 1 : 0;
            }
        }
        assertThat(found).isGreaterThan(10_000);
    }

    @Test
    void theClosingQuoteOfAText_skipsEscapedQuotesAndBackslashes() {
        byte[] json = "a\\\"b\\\\\"c".getBytes(java.nio.charset.StandardCharsets.US_ASCII); // a\"b\\"c
        assertThat(JsonBytes.closingQuote(json, 0)).isEqualTo(6);
        assertThat(JsonBytes.closingQuote(json, 7)).isEqualTo(json.length);
        // a text cut after a backslash is not closed
        assertThat(JsonBytes.closingQuote("ab\\".getBytes(java.nio.charset.StandardCharsets.US_ASCII), 0)).isEqualTo(3);
    }

    private static int naive(byte[] json, int from, boolean backslashToo) {
        for (int i = from; i < json.length; i++) {
            if (json[i] == '"' || backslashToo && json[i] == '\\') {
                return i;
            }
        }
        return json.length;
    }
}
