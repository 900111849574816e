package org.ketnghia.core.privacy.internal;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import javax.crypto.AEADBadTagException;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

/** Keys made ahead, with a cipher initialised for their first seal, must seal exactly as any key does. */
class DataKeysTest {

    private static final byte[] AAD = "household:QNA-0001".getBytes(UTF_8);

    @Test
    void manyMoreKeysThanAreHeldReady_areAllDifferent_andEachSealOpensUnderItsKeyAlone() throws Exception {
        Set<String> keys = new HashSet<>();
        Set<String> nonces = new HashSet<>();
        SecretKey previous = null;
        for (int i = 0; i < 10 * DataKeys.READY; i++) {
            SecretKey key = DataKeys.next();
            assertThat(key.getAlgorithm()).isEqualTo("AES");
            assertThat(key.getEncoded()).hasSize(32);
            assertThat(keys.add(Arrays.toString(key.getEncoded()))).isTrue();
            byte[] plain = ("{\"fullName\":\"Hồ Văn " + i + "\"}").getBytes(UTF_8);
            byte[] first = Aes.seal(key, plain, AAD);
            byte[] second = Aes.seal(key, plain, AAD);
            assertThat(nonces.add(Arrays.toString(Arrays.copyOf(first, Aes.NONCE_LENGTH)))).isTrue();
            assertThat(nonces.add(Arrays.toString(Arrays.copyOf(second, Aes.NONCE_LENGTH)))).isTrue();
            // a plain key spec of the same bytes opens both: the first seal is an ordinary AES-GCM box
            SecretKey same = new SecretKeySpec(key.getEncoded(), "AES");
            assertThat(Aes.open(same, first, AAD)).isEqualTo(plain);
            assertThat(Aes.open(same, second, AAD)).isEqualTo(plain);
            if (previous != null) {
                SecretKey other = previous;
                assertThatThrownBy(() -> Aes.open(other, first, AAD)).isInstanceOf(AEADBadTagException.class);
            }
            assertThatThrownBy(() -> Aes.open(same, first, "household:QNA-0002".getBytes(UTF_8)))
                    .isInstanceOf(AEADBadTagException.class);
            previous = key;
        }
    }

    @Test
    void theThreadEnds_whenNoKeyIsTakenForAWhile_andTheNextKeyStartsAnother() throws Exception {
        long usual = DataKeys.idleNanos;
        DataKeys.idleNanos = java.util.concurrent.TimeUnit.MILLISECONDS.toNanos(50);
        try {
            for (int i = 0; i <= DataKeys.READY / 2; i++) { // half of them taken wakes a thread already waiting
                DataKeys.next();
            }
            assertThat(eventually(() -> !DataKeys.preparing())).as("the idle thread ended").isTrue();
            SecretKey key = DataKeys.next();
            assertThat(DataKeys.preparing()).as("a new thread started with the next key").isTrue();
            byte[] box = Aes.seal(key, "after a pause".getBytes(UTF_8), AAD);
            assertThat(Aes.open(new SecretKeySpec(key.getEncoded(), "AES"), box, AAD))
                    .isEqualTo("after a pause".getBytes(UTF_8));
        } finally {
            DataKeys.idleNanos = usual;
        }
    }

    private static boolean eventually(java.util.function.BooleanSupplier condition) throws InterruptedException {
        for (int i = 0; i < 500; i++) {
            if (condition.getAsBoolean()) {
                return true;
            }
            Thread.sleep(10);
        }
        return false;
    }

    @Test
    void aNewKeySealedByManyThreadsAtOnce_givesEveryThreadItsOwnNonce() throws Exception {
        for (int round = 0; round < 50; round++) {
            SecretKey key = DataKeys.next();
            byte[] plain = ("round " + round).getBytes(UTF_8);
            List<byte[]> boxes = new CopyOnWriteArrayList<>();
            CountDownLatch start = new CountDownLatch(1);
            List<Thread> threads = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                Thread thread = new Thread(() -> {
                    try {
                        start.await();
                        boxes.add(Aes.seal(key, plain, AAD));
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                });
                thread.start();
                threads.add(thread);
            }
            start.countDown();
            for (Thread thread : threads) {
                thread.join();
            }
            assertThat(boxes).hasSize(4);
            Set<String> nonces = new HashSet<>();
            for (byte[] box : boxes) {
                assertThat(nonces.add(Arrays.toString(Arrays.copyOf(box, Aes.NONCE_LENGTH)))).isTrue();
                assertThat(Aes.open(key, box, AAD)).isEqualTo(plain);
            }
        }
    }
}
