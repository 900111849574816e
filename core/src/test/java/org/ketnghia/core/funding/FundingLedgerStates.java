package org.ketnghia.core.funding;

import static org.ketnghia.core.funding.FundingFixtures.A_TIENG;
import static org.ketnghia.core.funding.FundingFixtures.A_XAN;
import static org.ketnghia.core.funding.FundingFixtures.HUNG_SON;
import static org.ketnghia.core.funding.FundingFixtures.IN_2024;
import static org.ketnghia.core.funding.FundingFixtures.IN_2026;
import static org.ketnghia.core.funding.FundingFixtures.LIVESTOCK;
import static org.ketnghia.core.funding.FundingFixtures.STARTUP;
import static org.ketnghia.core.funding.FundingFixtures.expenditure;
import static org.ketnghia.core.funding.FundingFixtures.pledge;
import static org.ketnghia.core.funding.FundingFixtures.receiptAgainst;
import static org.ketnghia.core.funding.FundingFixtures.source;
import static org.ketnghia.core.funding.FundingFixtures.unpledged;
import static org.ketnghia.testing.Fixtures.PROVINCE;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.ketnghia.core.ledger.EventCodec;
import org.ketnghia.core.ledger.EventEnvelope;
import org.ketnghia.core.ledger.ProgrammeLedger;
import org.ketnghia.core.money.Money;
import org.ketnghia.core.runtime.KetnghiaRuntime;

/**
 * The funding ledger's saved state (its snapshot form's JSON) and its plan-versus-actual tables (<i>bảng so sánh kế
 * hoạch – thực hiện</i>) after every prefix of two recorded ledgers, as the code of 8 December 2026 wrote them before
 * {@code FundingLedger} handed its tables to a class of their own and {@code FundLots} shared its first-in-first-out
 * loop: the events of {@code ../funding-snapshot-2026-12-07} (two programmes, a transfer, expenditure reversals) and
 * those of {@link #recordEveryKind} (every kind of funding event: pledges, plan allocations, earmarked and revolving
 * money, contributions in cash, kind and labour, a partial receipt reversal, a transfer). {@link #record} is how the
 * files were made ({@link FundingLedgerStatesRecorderTest}); never remake them.
 */
final class FundingLedgerStates {

    /** The class-path folder of the recorded states. */
    static final String FOLDER = "/fixtures/funding-ledger-states-2026-12-08/";
    /** The events of the funding snapshot of 7 December 2026. */
    static final String FUNDING_SNAPSHOT_EVENTS = "/fixtures/funding-snapshot-2026-12-07/ledger.jsonl";
    /** The events of {@link #recordEveryKind}, in {@link #FOLDER}. */
    static final String EVERY_KIND_EVENTS = FOLDER + "every-kind.jsonl";
    static final String PROGRAMME = "quang-nam-2024";
    private static final FundPurpose BARNS = FundPurpose.of(LIVESTOCK, "chuong-trai");
    private static final FundPurpose GROUP_FUND = CommuneFunds.revolvingFund(LIVESTOCK, "to-1");
    private static final LocalDate LATER_IN_2024 = LocalDate.of(2024, 4, 1);

    private FundingLedgerStates() {
    }

    /** The name of the recorded states of the events at {@code eventsResource}. */
    static String statesOf(String eventsResource) {
        return FOLDER + baseName(eventsResource) + ".states.jsonl";
    }

    /** The name of the recorded tables of the events at {@code eventsResource}. */
    static String tablesOf(String eventsResource) {
        return FOLDER + baseName(eventsResource) + ".tables.txt";
    }

    private static String baseName(String eventsResource) {
        String[] parts = eventsResource.split("/");
        return eventsResource.equals(FUNDING_SNAPSHOT_EVENTS) ? parts[parts.length - 2]
                : parts[parts.length - 1].replace(".jsonl", "");
    }

    /** The lines of a class-path text file. */
    static List<String> lines(String resource) {
        InputStream in = FundingLedgerStates.class.getResourceAsStream(resource);
        if (in == null) {
            throw new UncheckedIOException(new IOException("no fixture file " + resource));
        }
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return reader.lines().filter(line -> !line.isBlank()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The recorded events at {@code resource}, read with {@code mapper}. */
    static List<EventEnvelope> events(ObjectMapper mapper, String resource) {
        return decoded(mapper, lines(resource));
    }

    private static List<EventEnvelope> decoded(ObjectMapper mapper, List<String> lines) {
        EventCodec codec = new EventCodec(mapper);
        return lines.stream().filter(line -> !line.isBlank()).map(codec::read).toList();
    }

    /** The funding ledger's state as a snapshot holds it: the JSON the runtime's mapper writes of its form's state. */
    static String savedState(ObjectMapper mapper, FundingLedger funding) {
        try {
            return new String(mapper.writerFor(FundingLedger.SNAPSHOT_FORM.stateType())
                    .writeValueAsBytes(FundingLedger.SNAPSHOT_FORM.save().apply(funding)), StandardCharsets.UTF_8);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The three plan-versus-actual tables, a line per row, every sum in đồng. */
    static List<String> tables(FundingLedger funding) {
        List<String> lines = new ArrayList<>();
        for (PlanActualTable table : List.of(funding.planVersusActualByModel(), funding.planVersusActualByCommune(),
                funding.planVersusActualBySponsor())) {
            List<PlanActualRow> rows = new ArrayList<>(table.rows());
            rows.add(table.total());
            for (PlanActualRow row : rows) {
                lines.add(String.join(" ", table.dimension(), row.key(), dong(row.planned()), dong(row.pledged()),
                        dong(row.received()), dong(row.inKind()), dong(row.spent()), dong(row.transferredNet()),
                        dong(row.balance())));
            }
        }
        return lines;
    }

    private static String dong(Money amount) {
        return Long.toString(amount.dong());
    }

    /** The saved state after each prefix of {@code events}, one line each (the first after event 1). */
    static List<String> statesAfterEveryPrefix(ObjectMapper mapper, List<EventEnvelope> events) {
        List<String> states = new ArrayList<>();
        FundingLedger funding = new FundingLedger();
        for (EventEnvelope event : events) {
            funding.apply(event);
            states.add(savedState(mapper, funding));
        }
        return states;
    }

    /** The tables after each prefix of {@code events}, each prefix headed by {@code after <sequence>}. */
    static List<String> tablesAfterEveryPrefix(List<EventEnvelope> events) {
        List<String> lines = new ArrayList<>();
        FundingLedger funding = new FundingLedger();
        for (EventEnvelope event : events) {
            funding.apply(event);
            lines.add("after " + event.sequence());
            lines.addAll(tables(funding));
        }
        return lines;
    }

    /**
     * Every kind of funding event: five sources (two of one sponsor, one without), plan allocations with and without a
     * sponsor, pledges and receipts against them, unpledged, earmarked and revolving-fund receipts, one of them for a
     * programme; expenditures drawing across earmarked and unearmarked lots and from a revolving fund; contributions in
     * labour, cash and kind; a partial receipt reversal, an expenditure reversal; after the merger A Xan's livestock
     * fund moves to Hùng Sơn, which spends from it.
     */
    static void recordEveryKind(KetnghiaRuntime runtime) {
        var ledger = runtime.ledger();
        ProgrammeLedger programme = ledger.forProgramme(PROGRAMME);
        ledger.submit(source("stc", FundingSourceKind.SPONSOR, "so-tai-chinh"));
        ledger.submit(source("vinamilk", FundingSourceKind.ENTERPRISE, "so-tai-chinh"));
        ledger.submit(source("hoi-an", FundingSourceKind.SPONSOR, "tp-hoi-an"));
        ledger.submit(source("ho-dan", FundingSourceKind.HOUSEHOLD_COUNTERPART, null));
        ledger.submit(source("hoan-tra-to-1", FundingSourceKind.REVOLVING_REPAYMENT, null));
        ledger.submit(plan("kh-1", A_XAN, LIVESTOCK, "so-tai-chinh", 200));
        ledger.submit(plan("kh-2", A_TIENG, LIVESTOCK, "tp-hoi-an", 100));
        ledger.submit(plan("kh-3", A_TIENG, STARTUP, null, 50));
        ledger.submit(pledge("ck-1", "stc", A_XAN, LIVESTOCK, 150));
        ledger.submit(pledge("ck-2", "hoi-an", A_TIENG, LIVESTOCK, 90));
        ledger.submit(receiptAgainst("thu-1", "ck-1", A_XAN, 100));
        ledger.submit(unpledged("thu-2", "vinamilk", A_XAN, FundPurpose.of(LIVESTOCK), Money.ofDong(7_777_777)));
        ledger.submit(unpledged("thu-5", "vinamilk", A_XAN, BARNS, Money.ofMillions(10)));
        ledger.submit(unpledged("thu-6", "hoan-tra-to-1", A_XAN, GROUP_FUND, Money.ofMillions(4)));
        programme.submit(unpledged("thu-7", "stc", A_XAN, FundPurpose.of(LIVESTOCK), Money.ofMillions(6)));
        ledger.submit(receiptAgainst("thu-3", "ck-2", A_TIENG, 90));
        ledger.submit(unpledged("thu-4", "vinamilk", A_TIENG, FundPurpose.of(STARTUP), Money.ofDong(3_333_333)));
        ledger.submit(expenditure("chi-1", A_XAN, BARNS, Money.ofMillions(12)));
        ledger.submit(expenditure("chi-2", A_XAN, GROUP_FUND, Money.ofMillions(3)));
        ledger.submit(expenditure("chi-3", A_TIENG, FundPurpose.of(STARTUP), Money.ofDong(1_111_111)));
        programme.submit(expenditure("chi-4", A_XAN, FundPurpose.of(LIVESTOCK), Money.ofMillions(101)));
        ledger.submit(RecordCounterpartContribution.builder().actor(PROVINCE).unitCode(A_TIENG).occurredOn(IN_2024)
                .contributionId("doi-ung-1").sourceId("ho-dan").contributor(CounterpartContributor.HOUSEHOLDS)
                .form(ContributionForm.LABOUR).modelId(LIVESTOCK).description("Ngày công làm chuồng")
                .quantity(45).unitValue(Money.ofDong(180_000)).build());
        ledger.submit(RecordCounterpartContribution.builder().actor(PROVINCE).unitCode(A_TIENG).occurredOn(IN_2024)
                .contributionId("doi-ung-2").sourceId("ho-dan").contributor(CounterpartContributor.HOUSEHOLDS)
                .form(ContributionForm.CASH).modelId(LIVESTOCK).description("Hộ góp tiền mua thuốc thú y")
                .amount(Money.ofDong(2_500_000)).build());
        ledger.submit(RecordInKindContribution.builder().actor(PROVINCE).unitCode(A_XAN).occurredOn(IN_2024)
                .contributionId("hien-vat-1").sourceId("vinamilk").modelId(LIVESTOCK).description("Bao xi măng")
                .quantity(120).unitValue(Money.ofDong(95_500)).build());
        ledger.submit(ReversalTest.reverseReceipt("dc-1", "thu-2").amount(Money.ofMillions(2)).build());
        ledger.submit(ReversalTest.reverseExpenditure("dc-2", "chi-1").build());
        ledger.submit(expenditure("chi-5", A_TIENG, FundPurpose.of(LIVESTOCK), Money.ofMillions(91)));
        ledger.submit(TransferBalance.builder().actor(PROVINCE).unitCode(HUNG_SON).occurredOn(IN_2026)
                .transferId("cd-1").fromCommuneCode(A_XAN).modelId(LIVESTOCK).build());
        ledger.submit(RecordExpenditure.builder()
                .from(expenditure("chi-6", HUNG_SON, BARNS, Money.ofMillions(11))).occurredOn(IN_2026).build());
    }

    private static RecordPlanAllocation plan(String id, String commune, String model, String sponsor, long millions) {
        return RecordPlanAllocation.builder().actor(PROVINCE).unitCode(commune).occurredOn(IN_2024).allocationId(id)
                .modelId(model).sponsorId(Optional.ofNullable(sponsor)).amount(Money.ofMillions(millions)).build();
    }

    /**
     * Records into {@code folder}: the events of {@link #recordEveryKind} ({@code every-kind.jsonl}), and for it and
     * for the events of the funding snapshot of 7 December 2026 the saved state after every prefix ({@code
     * <name>.states.jsonl}, a line each) and the tables ({@code <name>.tables.txt}).
     */
    static void record(Path folder) throws IOException {
        KetnghiaRuntime runtime = FundingFixtures.runtime();
        recordEveryKind(runtime);
        EventCodec codec = new EventCodec(runtime.objectMapper());
        try (Writer events = Files.newBufferedWriter(folder.resolve("every-kind.jsonl"))) {
            for (EventEnvelope event : runtime.ledger().store().readAll()) {
                events.write(codec.write(event));
                events.write('\n');
            }
        }
        for (String resource : List.of(FUNDING_SNAPSHOT_EVENTS, EVERY_KIND_EVENTS)) {
            List<EventEnvelope> events = resource.equals(EVERY_KIND_EVENTS)
                    ? decoded(runtime.objectMapper(), Files.readAllLines(folder.resolve("every-kind.jsonl")))
                    : events(runtime.objectMapper(), resource);
            Files.write(folder.resolve(Path.of(statesOf(resource)).getFileName()),
                    statesAfterEveryPrefix(runtime.objectMapper(), events), StandardCharsets.UTF_8);
            Files.write(folder.resolve(Path.of(tablesOf(resource)).getFileName()), tablesAfterEveryPrefix(events),
                    StandardCharsets.UTF_8);
        }
    }
}
