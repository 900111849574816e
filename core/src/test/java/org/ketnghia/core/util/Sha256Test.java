package org.ketnghia.core.util;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import org.junit.jupiter.api.Test;

/**
 * SHA-256 as ketnghia writes it: the published test vectors in 64 lower-case hexadecimal digits, the same hash fed at
 * once or piece by piece, and the form check that accepts exactly what it writes.
 */
class Sha256Test {

    /** FIPS 180-2, appendix B.1: the SHA-256 of "abc". */
    private static final String ABC = "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad";
    /** The SHA-256 of no bytes at all. */
    private static final String NOTHING = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";

    @Test
    void theHashOfKnownBytes_isThePublishedVector_inLowerCaseHex() {
        assertThat(Sha256.hex("abc".getBytes(StandardCharsets.US_ASCII))).isEqualTo(ABC);
        assertThat(Sha256.hex(new byte[0])).isEqualTo(NOTHING);
    }

    @Test
    void theHashOfAText_isTheHashOfItsUtf8() {
        String vietnamese = "Hộ nghèo xã Tân Lập";

        assertThat(Sha256.hex(vietnamese)).isEqualTo(Sha256.hex(vietnamese.getBytes(StandardCharsets.UTF_8)))
                .isNotEqualTo(Sha256.hex(vietnamese.getBytes(StandardCharsets.UTF_16)));
    }

    @Test
    void aDigestFedPieceByPiece_givesTheSameHash_andIsResetForReuse() {
        MessageDigest digest = Sha256.newDigest();
        digest.update((byte) 'a');
        digest.update("bc".getBytes(StandardCharsets.US_ASCII));

        assertThat(Sha256.hexOf(digest)).isEqualTo(ABC);
        assertThat(Sha256.hexOf(digest)).as("the digest starts again").isEqualTo(NOTHING);
    }

    @Test
    void eachCallGivesItsOwnDigest() {
        MessageDigest first = Sha256.newDigest();
        first.update((byte) 'x');

        assertThat(Sha256.hexOf(Sha256.newDigest())).isEqualTo(NOTHING);
    }

    @Test
    void theFormCheck_acceptsWhatItWrites_only() {
        assertThat(Sha256.isHex(ABC)).isTrue();
        assertThat(Sha256.isHex(ABC.toUpperCase())).as("upper case").isFalse();
        assertThat(Sha256.isHex(ABC.substring(1))).as("63 digits").isFalse();
        assertThat(Sha256.isHex(ABC + "0")).as("65 digits").isFalse();
        assertThat(Sha256.isHex(ABC.replace('b', 'g'))).as("not hexadecimal").isFalse();
        assertThat(Sha256.isHex("")).isFalse();
    }
}
