package org.ketnghia.core.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.ketnghia.core.error.KetnghiaException;
import org.junit.jupiter.api.Test;

class InMemorySubjectKeyStoreTest {

    private final InMemorySubjectKeyStore store = new InMemorySubjectKeyStore();

    @Test
    void entry_answersAsTheDefaultForUnknownKeptAndDestroyedSubjects() {
        store.putIfAbsent("household:HH-1", new byte[] {1, 2, 3});
        store.putIfAbsent("household:HH-2", new byte[] {4});
        store.destroy("household:HH-2");

        for (String subject : new String[] {"household:HH-1", "household:HH-2", "household:HH-3"}) {
            Optional<SubjectKeyStore.Entry> entry = store.entry(subject);
            Optional<SubjectKeyStore.Entry> byDefault = defaultEntry(subject);
            assertThat(entry.isPresent()).as(subject).isEqualTo(byDefault.isPresent());
            entry.ifPresent(found -> {
                assertThat(found.subject()).isEqualTo(subject);
                assertThat(found.erased()).isEqualTo(byDefault.get().erased());
                assertThat(found.wrappedKey().orElse(null)).isEqualTo(byDefault.get().wrappedKey().orElse(null));
            });
        }
        assertThat(store.entry("household:HH-1").get().wrappedKey()).contains(new byte[] {1, 2, 3});
        assertThat(store.entry("household:HH-2").get().erased()).isTrue();
        assertThat(store.entry("household:HH-3")).isEmpty();
    }

    @Test
    void entry_givesACopy_thatCannotChangeTheKeyKept() {
        store.putIfAbsent("household:HH-1", new byte[] {1, 2, 3});

        store.entry("household:HH-1").get().wrappedKey().get()[0] = 9;

        assertThat(store.wrappedKey("household:HH-1")).contains(new byte[] {1, 2, 3});
    }

    @Test
    void putAllIfAbsent_answersAsPutIfAbsentKeyByKey() {
        InMemorySubjectKeyStore oneByOne = new InMemorySubjectKeyStore();
        for (InMemorySubjectKeyStore each : List.of(store, oneByOne)) {
            each.putIfAbsent("household:HH-1", new byte[] {1});
            each.putIfAbsent("household:HH-2", new byte[] {2});
            each.destroy("household:HH-2");
        }
        Map<String, byte[]> batch = new TreeMap<>(Map.of("household:HH-1", new byte[] {7}, "household:HH-2",
                new byte[] {8}, "household:HH-3", new byte[] {9}));

        Map<String, Optional<byte[]>> kept = store.putAllIfAbsent(batch);

        batch.forEach((subject, key) -> {
            Optional<byte[]> expected;
            try {
                expected = Optional.of(oneByOne.putIfAbsent(subject, key));
            } catch (KetnghiaException erased) {
                assertThat(erased.has(PrivacyErrorCode.PRIVACY_SUBJECT_ERASED)).isTrue();
                expected = Optional.empty();
            }
            assertThat(kept.get(subject).orElse(null)).as(subject).isEqualTo(expected.orElse(null));
            assertThat(store.wrappedKey(subject).orElse(null)).isEqualTo(oneByOne.wrappedKey(subject).orElse(null));
        });
        assertThat(kept.get("household:HH-1")).contains(new byte[] {1});
        assertThat(kept.get("household:HH-2")).isEmpty();
        assertThat(kept.get("household:HH-3")).contains(new byte[] {9});
        assertThat(store.putAllIfAbsent(Map.of("household:HH-4", new byte[] {4}))).containsOnlyKeys("household:HH-4");
        assertThat(store.wrappedKey("household:HH-4")).contains(new byte[] {4});
    }

    /** {@link SubjectKeyStore#entry}'s default, from the store's other answers. */
    private Optional<SubjectKeyStore.Entry> defaultEntry(String subject) {
        Optional<byte[]> wrapped = store.wrappedKey(subject);
        if (wrapped.isPresent()) {
            return Optional.of(new SubjectKeyStore.Entry(subject, wrapped));
        }
        return store.isDestroyed(subject) ? Optional.of(new SubjectKeyStore.Entry(subject, Optional.empty()))
                : Optional.empty();
    }
}
