package org.ketnghia.core.simulation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.ketnghia.core.simulation.internal.ReplicateSeeds;

class ReplicateSeedsTest {

    @Test
    void sameMasterSeedAndIndex_giveTheSameStream() {
        assertThat(ReplicateSeeds.random(42, 7).nextLong()).isEqualTo(ReplicateSeeds.random(42, 7).nextLong());
    }

    @Test
    void seeds_differAcrossReplicatesAndMasterSeeds() {
        Set<Long> seeds = new HashSet<>();
        for (long master = 0; master < 10; master++) {
            for (long index = 0; index < 1_000; index++) {
                seeds.add(ReplicateSeeds.seed(master, index));
            }
        }

        assertThat(seeds).hasSize(10_000);
        assertThat(ReplicateSeeds.random(42, 0).nextLong()).isNotEqualTo(ReplicateSeeds.random(42, 1).nextLong());
    }
}
