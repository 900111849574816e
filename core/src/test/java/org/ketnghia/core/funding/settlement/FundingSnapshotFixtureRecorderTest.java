package org.ketnghia.core.funding.settlement;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Writes the funding snapshot fixture ({@link FundingSnapshotFixture#record}) into the folder named by {@code
 * ketnghia.recordFundingSnapshotFixture}, skipped otherwise; run once on 7 December 2026 while the funding ledger kept
 * the programme on every lot. Kept to show how the fixture was made, never to remake it.
 */
class FundingSnapshotFixtureRecorderTest {

    @Test
    @EnabledIfSystemProperty(named = "ketnghia.recordFundingSnapshotFixture", matches = ".+")
    void recordsTheFixture() throws Exception {
        Path folder = Path.of(System.getProperty("ketnghia.recordFundingSnapshotFixture"));
        Files.createDirectories(folder);

        FundingSnapshotFixture.record(folder);

        assertThat(Files.readString(folder.resolve("snapshot.json"))).contains("org.ketnghia.core.funding.FundingLedger")
                .contains("\\\"programme\\\":\\\"" + FundingSnapshotFixture.PILOT + "\\\"");
        assertThat(Files.readString(folder.resolve("ledger.jsonl"))).contains("dc-chi-pilot-2");
    }
}
