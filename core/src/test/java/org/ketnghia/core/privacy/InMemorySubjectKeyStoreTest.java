package org.ketnghia.core.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
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
