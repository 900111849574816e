package org.ketnghia.core.funding.settlement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ketnghia.core.funding.settlement.FundingSnapshotFixture.END_2024;
import static org.ketnghia.core.funding.settlement.FundingSnapshotFixture.FOLLOW_UP;
import static org.ketnghia.core.funding.settlement.FundingSnapshotFixture.PILOT;
import static org.ketnghia.core.funding.settlement.SettlementFixtures.A_XAN;
import static org.ketnghia.core.funding.settlement.SettlementFixtures.HUNG_SON;
import static org.ketnghia.core.funding.settlement.SettlementFixtures.LIVESTOCK;
import static org.ketnghia.core.funding.settlement.SettlementFixtures.expenditure;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.ketnghia.core.funding.FundPurpose;
import org.ketnghia.core.funding.FundingLedger;
import org.ketnghia.core.ledger.InMemoryEventStore;
import org.ketnghia.core.ledger.InMemorySnapshotStore;
import org.ketnghia.core.ledger.LedgerOpening;
import org.ketnghia.core.ledger.LedgerSnapshot;
import org.ketnghia.core.ledger.ProjectionSnapshot;
import org.ketnghia.core.ledger.SnapshotFormCheck;
import org.ketnghia.core.money.Money;
import org.ketnghia.core.runtime.KetnghiaRuntime;

/**
 * The snapshot of 7 December 2026, saved while the funding ledger kept the programme on every lot ({@link
 * FundingSnapshotFixture}): a ledger still opens from it, each funding projection restored or, when its code changed
 * since, replayed (never misread), to the very state a full replay of the recorded events gives, and carries on from
 * it as a full replay does.
 */
class RecordedFundingSnapshotTest {

    private static final FundPurpose LIVESTOCK_MODEL = FundPurpose.of(LIVESTOCK);

    private final LedgerSnapshot recorded = FundingSnapshotFixture.snapshot();

    private KetnghiaRuntime openedFromTheRecordedSnapshot() {
        InMemorySnapshotStore snapshots = new InMemorySnapshotStore();
        snapshots.save(recorded);
        return FundingSnapshotFixture.runtime(FundingSnapshotFixture.events(), snapshots);
    }

    private static KetnghiaRuntime replayedInFull() {
        return FundingSnapshotFixture.runtime(FundingSnapshotFixture.events(), new InMemorySnapshotStore());
    }

    private static String fundingState(KetnghiaRuntime runtime) {
        return runtime.ledger().read(FundingLedger.class, funding -> json(runtime,
                FundingLedger.SNAPSHOT_FORM.stateType(), FundingLedger.SNAPSHOT_FORM.save().apply(funding)));
    }

    private static String settlementsState(KetnghiaRuntime runtime) {
        return runtime.ledger().read(FundingSettlements.class, settlements -> json(runtime,
                FundingSettlements.SNAPSHOT_FORM.stateType(), FundingSettlements.SNAPSHOT_FORM.save().apply(settlements)));
    }

    private static String json(KetnghiaRuntime runtime, Class<?> type, Object state) {
        try {
            return runtime.objectMapper().writerFor(type).writeValueAsString(state);
        } catch (JsonProcessingException e) {
            throw new AssertionError(e);
        }
    }

    private static List<String> tracedTo(KetnghiaRuntime runtime, String expenditureId) {
        return runtime.ledger().read(FundingLedger.class, funding -> funding.expenditure(expenditureId).orElseThrow()
                .allocations().stream().map(allocation -> allocation.receiptId() + " " + allocation.amount().dong())
                .toList());
    }

    private static Money available(KetnghiaRuntime runtime, String unit, Optional<String> programme) {
        return runtime.ledger().read(FundingLedger.class, funding -> funding.availableFor(unit, LIVESTOCK_MODEL, programme));
    }

    private static List<SettlementLine> pilotsPreview(KetnghiaRuntime runtime) {
        FundingLedger funding = runtime.ledger().read(FundingLedger.class, f -> f);
        return runtime.ledger().read(FundingSettlements.class,
                settlements -> settlements.preview(funding, END_2024, Optional.of(PILOT)));
    }

    @Test
    void theRecordedSnapshot_keepsTheProgrammeOnEveryLot_asTheCodeOfThatDaySavedIt() {
        String saved = new String(recorded.projection(FundingLedger.class.getName()).orElseThrow().stateJson(),
                java.nio.charset.StandardCharsets.UTF_8);

        assertThat(recorded.sequence()).isEqualTo(11);
        assertThat(saved).contains("{\"activity\":null,\"programme\":\"" + FOLLOW_UP
                + "\",\"receiptId\":\"thu-follow-up\",\"remaining\":25000000,\"sourceId\":\"nsnn\"}");
        assertThat(FundingSnapshotFixture.events().lastSequence()).isEqualTo(15);
    }

    @Test
    void aLedgerOpensFromTheRecordedSnapshot_toTheStateAFullReplayGives() {
        KetnghiaRuntime opened = openedFromTheRecordedSnapshot();
        KetnghiaRuntime replayed = replayedInFull();

        LedgerOpening opening = opened.ledger().openedFrom();
        assertThat(opening.snapshotSequence()).contains(11L);
        assertThat(opening.snapshotIgnored()).isEmpty();
        assertThat(opening.replayed()).as("replayed only because its code or the event types changed since")
                .extracting(LedgerOpening.Replayed::reason).allMatch(reason -> reason == LedgerOpening.Reason.CODE_CHANGED);
        assertThat(opening.restored().size() + opening.replayed().size()).isEqualTo(recorded.projections().size());

        assertThat(fundingState(opened)).isEqualTo(fundingState(replayed));
        assertThat(settlementsState(opened)).isEqualTo(settlementsState(replayed));
        assertThat(tracedTo(opened, "chi-pilot-3")).containsExactly("thu-chung 3000000");
        assertThat(available(opened, HUNG_SON, Optional.of(FOLLOW_UP))).isEqualTo(Money.ofMillions(25));
        assertThat(available(opened, HUNG_SON, Optional.of(PILOT))).isEqualTo(Money.ZERO);
        assertThat(available(opened, A_XAN, Optional.of(PILOT))).isEqualTo(Money.ofMillions(12));
        assertThat(available(opened, A_XAN, Optional.of(FOLLOW_UP))).isEqualTo(Money.ofMillions(2));
        assertThat(available(opened, A_XAN, Optional.empty())).isEqualTo(Money.ofMillions(2));
        assertThat(opened.ledger().read(FundingLedger.class, FundingLedger::spentFromOtherProgrammes)).isEqualTo(Money.ZERO);
        assertThat(pilotsPreview(opened)).isNotEmpty().isEqualTo(pilotsPreview(replayed));
        assertThat(SnapshotFormCheck.assertRestoresAsReplay(opened)).isPositive();
    }

    /**
     * Were the fingerprint of today's code to match, the state of 7 December 2026 (a programme on every lot, no list of
     * the receipts' programmes) would still not be misread: it cannot be read, and the funding ledger is replayed.
     */
    @Test
    void theRecordedFundingState_underTodaysFingerprint_isNotReadButReplayed() {
        InMemoryEventStore upToTheSnapshot = new InMemoryEventStore();
        upToTheSnapshot.append(0, FundingSnapshotFixture.events().readAll().subList(0, (int) recorded.sequence()));
        InMemorySnapshotStore today = new InMemorySnapshotStore();
        FundingSnapshotFixture.runtime(upToTheSnapshot, today).ledger().saveSnapshot();
        String todaysFingerprint = today.latest().orElseThrow().projection(FundingLedger.class.getName()).orElseThrow()
                .fingerprint();
        ProjectionSnapshot old = recorded.projection(FundingLedger.class.getName()).orElseThrow();
        InMemorySnapshotStore snapshots = new InMemorySnapshotStore();
        snapshots.save(new LedgerSnapshot(recorded.sequence(), recorded.eventHash(), recorded.savedAt(), List.of(
                ProjectionSnapshot.of(old.projectionType(), todaysFingerprint, old.stateJson()))));

        KetnghiaRuntime opened = FundingSnapshotFixture.runtime(FundingSnapshotFixture.events(), snapshots);

        assertThat(opened.ledger().openedFrom().replayed()).filteredOn(replayed -> replayed.projectionType()
                .equals(FundingLedger.class.getName())).extracting(LedgerOpening.Replayed::reason)
                .containsExactly(LedgerOpening.Reason.STATE_UNREADABLE);
        assertThat(fundingState(opened)).isEqualTo(fundingState(replayedInFull()));
    }

    @Test
    void aLedgerOpenedFromTheRecordedSnapshot_tracesNewSpendingAsAFullReplayDoes() {
        KetnghiaRuntime opened = openedFromTheRecordedSnapshot();
        KetnghiaRuntime replayed = replayedInFull();

        for (KetnghiaRuntime runtime : List.of(opened, replayed)) {
            runtime.ledger().forProgramme(PILOT).submit(expenditure("chi-pilot-4", A_XAN, LIVESTOCK,
                    LocalDate.of(2025, 4, 1), 12));
            runtime.ledger().forProgramme(FOLLOW_UP).submit(expenditure("chi-follow-up-3", HUNG_SON, LIVESTOCK,
                    LocalDate.of(2026, 3, 10), 25));
        }

        assertThat(tracedTo(opened, "chi-pilot-4")).containsExactly("thu-pilot 10000000", "thu-chung 2000000");
        assertThat(tracedTo(opened, "chi-follow-up-3")).containsExactly("thu-follow-up 25000000");
        assertThat(fundingState(opened)).isEqualTo(fundingState(replayed));
        assertThat(settlementsState(opened)).isEqualTo(settlementsState(replayed));
    }
}
