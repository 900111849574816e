package org.ketnghia.core.funding.settlement;

import static org.ketnghia.core.funding.settlement.SettlementFixtures.A_XAN;
import static org.ketnghia.core.funding.settlement.SettlementFixtures.HUNG_SON;
import static org.ketnghia.core.funding.settlement.SettlementFixtures.LIVESTOCK;
import static org.ketnghia.core.funding.settlement.SettlementFixtures.expenditure;
import static org.ketnghia.core.funding.settlement.SettlementFixtures.reverseExpenditure;
import static org.ketnghia.core.funding.settlement.SettlementFixtures.settle;
import static org.ketnghia.core.funding.settlement.SettlementFixtures.source;
import static org.ketnghia.core.funding.settlement.SettlementFixtures.transfer;
import static org.ketnghia.core.funding.settlement.SettlementFixtures.unpledged;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.ketnghia.core.funding.FundingSourceKind;
import org.ketnghia.core.funding.internal.FundingFeature;
import org.ketnghia.core.ledger.EventCodec;
import org.ketnghia.core.ledger.EventStore;
import org.ketnghia.core.ledger.InMemoryEventStore;
import org.ketnghia.core.ledger.InMemorySnapshotStore;
import org.ketnghia.core.ledger.LedgerSnapshot;
import org.ketnghia.core.ledger.ProgrammeLedger;
import org.ketnghia.core.ledger.ProjectionSnapshot;
import org.ketnghia.core.money.Money;
import org.ketnghia.core.runtime.KetnghiaRuntime;
import org.ketnghia.testing.Fixtures;

/**
 * A ledger of two programmes sharing a commune's livestock fund with money of no programme, and the snapshot the code
 * of 7 December 2026 saved of it, while the funding ledger kept the programme on every lot ({@code
 * FundingLedger.SavedLot.programme}). The snapshot stands on the transfer of A Xan's fund to Hùng Sơn; four events
 * follow it, two of them reversals. {@link #record} is how it was made ({@link FundingSnapshotFixtureRecorderTest}); never remake it.
 */
final class FundingSnapshotFixture {

    /** The class-path folder of the fixture. */
    static final String FOLDER = "/fixtures/funding-snapshot-2026-12-07/";
    static final String PILOT = "quang-nam-2021";
    static final String FOLLOW_UP = "quang-nam-2024";
    static final LocalDate MARCH_2024 = LocalDate.of(2024, 3, 1);
    static final LocalDate APRIL_2024 = LocalDate.of(2024, 4, 1);
    static final LocalDate MAY_2024 = LocalDate.of(2024, 5, 1);
    static final LocalDate JUNE_2024 = LocalDate.of(2024, 6, 1);
    static final LocalDate END_2024 = LocalDate.of(2024, 12, 31);
    static final LocalDate JAN_2025 = LocalDate.of(2025, 1, 10);
    static final LocalDate MARCH_2025 = LocalDate.of(2025, 3, 3);
    static final LocalDate AFTER_MERGER = LocalDate.of(2026, 2, 1);
    static final LocalDate MARCH_2026 = LocalDate.of(2026, 3, 2);
    private static final ObjectMapper JSON = new ObjectMapper();

    private FundingSnapshotFixture() {
    }

    /** A runtime of the funding feature over {@code events}, opening from {@code snapshots}, saving only when asked. */
    static KetnghiaRuntime runtime(EventStore events, InMemorySnapshotStore snapshots) {
        return KetnghiaRuntime.builder().administrativeUnits(Fixtures.QUANG_NAM).addFeature(new FundingFeature())
                .clock(Fixtures.CLOCK).eventStore(events).snapshotStore(snapshots).snapshotEvery(0).build();
    }

    /** The recorded events, read into a fresh in-memory store. */
    static InMemoryEventStore events() {
        KetnghiaRuntime reader = runtime(new InMemoryEventStore(), new InMemorySnapshotStore());
        EventCodec codec = new EventCodec(reader.objectMapper());
        InMemoryEventStore store = new InMemoryEventStore();
        try (BufferedReader in = open("ledger.jsonl")) {
            store.append(0, in.lines().filter(line -> !line.isBlank()).map(codec::read).toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return store;
    }

    /** The recorded snapshot, each projection's state as the code of 7 December 2026 wrote it. */
    static LedgerSnapshot snapshot() {
        try (BufferedReader in = open("snapshot.json")) {
            JsonNode root = JSON.readTree(in);
            List<ProjectionSnapshot> projections = new ArrayList<>();
            for (JsonNode projection : root.get("projections")) {
                projections.add(ProjectionSnapshot.of(projection.get("projectionType").asText(),
                        projection.get("fingerprint").asText(),
                        projection.get("state").asText().getBytes(StandardCharsets.UTF_8)));
            }
            return new LedgerSnapshot(root.get("sequence").asLong(), root.get("eventHash").asText(),
                    Instant.parse(root.get("savedAt").asText()), projections);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static BufferedReader open(String name) {
        InputStream in = FundingSnapshotFixture.class.getResourceAsStream(FOLDER + name);
        if (in == null) {
            throw new UncheckedIOException(new IOException("no fixture file " + FOLDER + name));
        }
        return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    }

    /**
     * The commands before the snapshot: the follow-up receives 40 M into A Xan's livestock fund, the pilot 30 M, a
     * philanthropist 5 M for no programme; the pilot spends 20 M and 12 M (the last 2 M of it from the money of no
     * programme), the follow-up 15 M; the pilot settles 2024; after the merger A Xan's fund moves to Hùng Sơn.
     */
    static void recordBeforeSnapshot(KetnghiaRuntime runtime) {
        ProgrammeLedger pilot = runtime.ledger().forProgramme(PILOT);
        ProgrammeLedger followUp = runtime.ledger().forProgramme(FOLLOW_UP);
        runtime.ledger().submit(source("nsnn", FundingSourceKind.STATE_BUDGET, null));
        runtime.ledger().submit(source("dn", FundingSourceKind.ENTERPRISE, null));
        runtime.ledger().submit(source("ht", FundingSourceKind.PHILANTHROPIST, null));
        followUp.submit(unpledged("thu-follow-up", "nsnn", A_XAN, LIVESTOCK, MARCH_2024, Money.ofMillions(40)));
        pilot.submit(unpledged("thu-pilot", "dn", A_XAN, LIVESTOCK, APRIL_2024, Money.ofMillions(30)));
        runtime.ledger().submit(unpledged("thu-chung", "ht", A_XAN, LIVESTOCK, MAY_2024, Money.ofMillions(5)));
        pilot.submit(expenditure("chi-pilot", A_XAN, LIVESTOCK, MAY_2024, 20));
        pilot.submit(expenditure("chi-pilot-2", A_XAN, LIVESTOCK, JUNE_2024, 12));
        followUp.submit(expenditure("chi-follow-up", A_XAN, LIVESTOCK, JUNE_2024, 15));
        pilot.submit(settle("qt-pilot-2024", END_2024, JAN_2025));
        runtime.ledger().submit(transfer("cd-1", A_XAN, HUNG_SON, LIVESTOCK, AFTER_MERGER));
    }

    /**
     * The commands after the snapshot: the follow-up spends 28 M in Hùng Sơn (25 M of its own moved money and the 3 M
     * of no programme that moved with it) and reverses it, the money returning to the moved lots; the pilot spends the
     * 3 M of no programme there; and reverses, as of March 2025, its 12 M expenditure of June 2024 in A Xan, whose
     * money returns to A Xan's emptied lots.
     */
    static void recordAfterSnapshot(KetnghiaRuntime runtime) {
        ProgrammeLedger pilot = runtime.ledger().forProgramme(PILOT);
        ProgrammeLedger followUp = runtime.ledger().forProgramme(FOLLOW_UP);
        followUp.submit(expenditure("chi-follow-up-2", HUNG_SON, LIVESTOCK, MARCH_2026, 28));
        followUp.submit(reverseExpenditure("dc-chi-follow-up-2", "chi-follow-up-2", HUNG_SON, MARCH_2026.plusDays(1)));
        pilot.submit(expenditure("chi-pilot-3", HUNG_SON, LIVESTOCK, MARCH_2026.plusDays(2), 3));
        pilot.submit(reverseExpenditure("dc-chi-pilot-2", "chi-pilot-2", A_XAN, MARCH_2025));
    }

    /**
     * Records the fixture into {@code folder}: the commands before the snapshot, the snapshot of every projection,
     * the commands after it; then the events as JSON Lines ({@code ledger.jsonl}) and the snapshot, each projection's
     * state as JSON text ({@code snapshot.json}).
     */
    static void record(Path folder) throws IOException {
        InMemorySnapshotStore snapshots = new InMemorySnapshotStore();
        KetnghiaRuntime runtime = runtime(new InMemoryEventStore(), snapshots);
        recordBeforeSnapshot(runtime);
        runtime.ledger().saveSnapshot();
        recordAfterSnapshot(runtime);

        EventCodec codec = new EventCodec(runtime.objectMapper());
        try (Writer ledger = Files.newBufferedWriter(folder.resolve("ledger.jsonl"))) {
            runtime.ledger().store().forEach(1, event -> {
                try {
                    ledger.write(codec.write(event));
                    ledger.write('\n');
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
        LedgerSnapshot snapshot = snapshots.latest().orElseThrow();
        ObjectNode root = JSON.createObjectNode();
        root.put("sequence", snapshot.sequence());
        root.put("eventHash", snapshot.eventHash());
        root.put("savedAt", snapshot.savedAt().toString());
        ArrayNode projections = root.putArray("projections");
        for (ProjectionSnapshot projection : snapshot.projections()) {
            projections.addObject().put("projectionType", projection.projectionType())
                    .put("fingerprint", projection.fingerprint())
                    .put("state", new String(projection.stateJson(), StandardCharsets.UTF_8));
        }
        JSON.writerWithDefaultPrettyPrinter().writeValue(folder.resolve("snapshot.json").toFile(), root);
    }
}
