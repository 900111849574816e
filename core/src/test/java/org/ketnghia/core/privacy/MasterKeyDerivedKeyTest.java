package org.ketnghia.core.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HexFormat;
import javax.crypto.SecretKey;
import org.junit.jupiter.api.Test;

/**
 * A key derived from the master key for one purpose is HKDF-Expand (RFC 5869, SHA-256) of the master key with the
 * purpose as info: the same for the same master key and purpose, another for another purpose or master key, and never
 * the master key itself.
 */
class MasterKeyDerivedKeyTest {

    private static final String PURPOSE = "ketnghia-backup-manifest-signature-v1";
    /** The fixed test master key of the recorded fixtures: bytes 0x01 … 0x20. */
    private static final MasterKey TEST_KEY = MasterKey.of(bytesOneToThirtyTwo(), "test");

    @Test
    void theDerivedKey_isHkdfExpandOfTheMasterKey_withThePurposeAsInfo() {
        SecretKey derived = TEST_KEY.derivedKey(PURPOSE);

        assertThat(derived.getAlgorithm()).isEqualTo("HmacSHA256");
        // HMAC-SHA256(0x01…0x20, "ketnghia-backup-manifest-signature-v1" ‖ 0x01), computed apart from this code
        assertThat(HexFormat.of().formatHex(derived.getEncoded()))
                .isEqualTo("51459c883595269a13537a47aa8e0a6aea2ed6201318b2ca0a869dbad2152a36");
    }

    @Test
    void derivedKeys_differByPurposeAndByMasterKey_andNeverAreTheMasterKey() {
        byte[] signing = TEST_KEY.derivedKey(PURPOSE).getEncoded();

        assertThat(TEST_KEY.derivedKey(PURPOSE).getEncoded()).isEqualTo(signing);
        assertThat(TEST_KEY.derivedKey("ketnghia-another-purpose-v1").getEncoded()).isNotEqualTo(signing);
        assertThat(MasterKey.generate().derivedKey(PURPOSE).getEncoded()).isNotEqualTo(signing);
        assertThat(signing).isNotEqualTo(bytesOneToThirtyTwo());
    }

    @Test
    void aBlankPurpose_isRefused() {
        assertThatThrownBy(() -> TEST_KEY.derivedKey(" ")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("purpose is not blank");
    }

    private static byte[] bytesOneToThirtyTwo() {
        byte[] bytes = new byte[MasterKey.LENGTH];
        for (int index = 0; index < bytes.length; index++) {
            bytes[index] = (byte) (index + 1);
        }
        return bytes;
    }
}
