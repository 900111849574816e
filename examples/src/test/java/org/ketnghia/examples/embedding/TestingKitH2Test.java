package org.ketnghia.examples.embedding;

import static org.ketnghia.testing.assertions.KetnghiaAssertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.ketnghia.core.ledger.EventCodec;
import org.ketnghia.core.ledger.Ledger;
import org.ketnghia.core.province.ProvincePacks;
import org.ketnghia.store.jdbc.JdbcEventStore;
import org.ketnghia.store.jdbc.JdbcStores;
import org.ketnghia.testing.ProgrammeFixtures;
import org.ketnghia.testing.junit.KetnghiaExtension;

/** The host kit on request gives each test an embedded H2 ledger in a fresh folder instead of memory. */
class TestingKitH2Test {

    @RegisterExtension
    static final KetnghiaExtension KETNGHIA = KetnghiaExtension.builder().units(ProvincePacks.quangNam().units())
            .startingOn(LocalDate.of(2021, 7, 1))
            .eventStore((folder, mapper) -> JdbcEventStore.open(JdbcStores.h2(folder), new EventCodec(mapper)))
            .build();

    @Test
    void eachTest_recordsIntoItsOwnH2Ledger(Ledger ledger, ProgrammeFixtures given) {
        given.sponsor("so-tai-chinh").record();

        assertThat(ledger.store()).isInstanceOf(JdbcEventStore.class);
        assertThat(ledger).hasLastSequence(2).hasChainIntact();
        assertThat(ledger.store().readAll()).hasSize(2);
    }

    @Test
    void aSecondTest_startsFromAnEmptyOne(Ledger ledger) {
        assertThat(ledger).hasLastSequence(0);
    }
}
