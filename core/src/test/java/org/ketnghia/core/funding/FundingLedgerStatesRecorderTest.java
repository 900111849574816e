package org.ketnghia.core.funding;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Writes the funding ledger's recorded states ({@link FundingLedgerStates#record}) into the folder named by {@code
 * ketnghia.recordFundingLedgerStates}, skipped otherwise; run once on 8 December 2026 with the code before {@code
 * PlanActualTables} was split from {@code FundingLedger}. Kept to show how the files were made, never to remake them.
 */
class FundingLedgerStatesRecorderTest {

    @Test
    @EnabledIfSystemProperty(named = "ketnghia.recordFundingLedgerStates", matches = ".+")
    void recordsTheStates() throws Exception {
        Path folder = Path.of(System.getProperty("ketnghia.recordFundingLedgerStates"));
        Files.createDirectories(folder);

        FundingLedgerStates.record(folder);

        assertThat(Files.readAllLines(folder.resolve("every-kind.jsonl"))).hasSize(29);
        assertThat(Files.readAllLines(folder.resolve("every-kind.states.jsonl"))).hasSize(29);
        assertThat(Files.readAllLines(folder.resolve("funding-snapshot-2026-12-07.states.jsonl"))).hasSize(15);
    }
}
