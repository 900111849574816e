package org.ketnghia.core.reporting.rollup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ketnghia.testing.Participants.A_UR;
import static org.ketnghia.testing.Participants.A_XAN;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.ketnghia.core.ledger.EventChain;
import org.ketnghia.core.ledger.EventCodec;
import org.ketnghia.core.ledger.EventEnvelope;
import org.ketnghia.core.ledger.EventStore;
import org.ketnghia.core.ledger.InMemoryEventStore;
import org.ketnghia.core.participant.HouseholdMember;
import org.ketnghia.core.participant.HouseholdRegistered;
import org.ketnghia.core.participant.HouseholdRelation;
import org.ketnghia.core.participant.RegisterHousehold;
import org.ketnghia.core.participant.Sex;
import org.ketnghia.core.privacy.InMemorySubjectKeyStore;
import org.ketnghia.core.privacy.MasterKey;
import org.ketnghia.core.privacy.PayloadProtection;
import org.ketnghia.core.privacy.SubjectKeys;
import org.ketnghia.core.reporting.Aggregation;
import org.ketnghia.core.reporting.IndicatorAccumulator;
import org.ketnghia.core.reporting.IndicatorDefinition;
import org.ketnghia.core.reporting.IndicatorSource;
import org.ketnghia.core.reporting.IndicatorSources;
import org.ketnghia.core.reporting.IndicatorValue;
import org.ketnghia.core.reporting.Report;
import org.ketnghia.core.reporting.ReportingPeriod;
import org.ketnghia.core.runtime.KetnghiaRuntime;
import org.ketnghia.testing.Fixtures;
import org.ketnghia.testing.Participants;

/**
 * A province's encrypted ledger rolled up by a body without its keys ({@link ProvinceLedger#personalDataMasked()}): the
 * figures on clear fields are those of the keyed reading, a figure on personal data is not available rather than
 * counted from the stand-ins, nationally too; a ledger in plain text loses nothing.
 */
class MaskedRollUpTest {

    static final IndicatorDefinition HOUSEHOLDS = new IndicatorDefinition("test.households", "Số hộ", "Households", "hộ",
            Aggregation.SUM);
    static final IndicatorDefinition VILLAGES = new IndicatorDefinition("test.households-by-village", "Số hộ theo thôn",
            "Households by village", "hộ", Aggregation.SUM);
    static final IndicatorDefinition MINORITY = new IndicatorDefinition("test.minority-households",
            "Số hộ dân tộc thiểu số", "Ethnic minority households", "hộ", Aggregation.SUM);
    static final List<ReportingPeriod> PERIODS = List.of(ReportingPeriod.calendarYear(2024));

    private final PayloadProtection protection = PayloadProtection.withKeys(SubjectKeys.open(MasterKey.generate(),
            new InMemorySubjectKeyStore()));

    /** Households per village: clear fields, declared so. */
    static IndicatorSource byVillage() {
        return IndicatorSource.ofClearFields(VILLAGES, period -> new Tally(false));
    }

    /** Minority households per village: the ethnicity, sealed; the source does not declare it reads clear fields only. */
    static IndicatorSource minority() {
        return IndicatorSource.of(MINORITY, period -> new Tally(true));
    }

    static List<IndicatorSource> sources() {
        return List.of(IndicatorSources.countOf(HOUSEHOLDS, HouseholdRegistered.class), byVillage(), minority());
    }

    static final class Tally implements IndicatorAccumulator {
        private final boolean minorityOnly;
        private final Map<String, IndicatorValue> values = new HashMap<>();

        Tally(boolean minorityOnly) {
            this.minorityOnly = minorityOnly;
        }

        @Override
        public void accept(EventEnvelope event) {
            event.payloadAs(HouseholdRegistered.class).map(HouseholdRegistered::household)
                    .filter(household -> !minorityOnly || household.isEthnicMinority())
                    .ifPresent(household -> values.merge(household.villageCode(), IndicatorValue.of(1),
                            Aggregation.SUM::combine));
        }

        @Override
        public Map<String, IndicatorValue> result() {
            return Map.copyOf(values);
        }
    }

    /** A province's ledger with a Cơ Tu and a Kinh household, recorded with {@code recordedWith}. */
    static KetnghiaRuntime province(Optional<PayloadProtection> recordedWith) {
        KetnghiaRuntime.Builder builder = KetnghiaRuntime.builder().administrativeUnits(Participants.units())
                .clock(Fixtures.CLOCK);
        recordedWith.ifPresent(builder::personalDataProtection);
        KetnghiaRuntime runtime = builder.build();
        register(runtime, "HN-001", "Cơ Tu", "Bríu Thị Hoa");
        register(runtime, "HN-002", "Kinh", "Nguyễn Văn An");
        return runtime;
    }

    private static void register(KetnghiaRuntime runtime, String householdId, String ethnicity, String head) {
        runtime.ledger().submit(RegisterHousehold.builder().actor(Fixtures.PROVINCE).unitCode(A_XAN)
                .occurredOn(LocalDate.of(2024, 3, 1)).householdId(householdId).villageCode(A_UR).ethnicity(ethnicity)
                .addMembers(HouseholdMember.builder().fullName(head).sex(Sex.FEMALE).birthYear(1970)
                        .relation(HouseholdRelation.HEAD).build())
                .build());
    }

    /** The province's events as stored ({@code written}) and read back by {@code reading}, as a host's store does. */
    static EventStore stored(KetnghiaRuntime runtime, PayloadProtection written, PayloadProtection reading) {
        EventCodec writer = new EventCodec(runtime.objectMapper(), written);
        EventCodec reader = new EventCodec(runtime.objectMapper(), reading);
        InMemoryEventStore store = new InMemoryEventStore();
        store.append(0, runtime.ledger().store().readAll().stream().map(event -> reader.read(writer.write(event))).toList());
        return store;
    }

    static ProvinceLedger ledger(String id, KetnghiaRuntime runtime, EventStore store, boolean masked) {
        return new ProvinceLedger(id, "Tỉnh " + id, store, new EventChain(runtime.objectMapper()), Participants.units(),
                sources(), PERIODS, Optional.empty(), masked);
    }

    @Test
    void readMasked_theClearFiguresAreExact_andTheOneOnEthnicityIsNotAvailable_evenNationally() {
        KetnghiaRuntime encrypted = province(Optional.of(protection));
        EventStore keyed = stored(encrypted, protection, protection);
        EventStore masked = stored(encrypted, protection, PayloadProtection.masked());
        // what a masked reading would have counted: the stand-in [ẩn] is no minority's code
        assertThat(minority().compute(PERIODS.get(0), masked.readAll())).isEmpty();
        assertThat(minority().compute(PERIODS.get(0), keyed.readAll())).containsEntry(A_UR, IndicatorValue.of(1));

        NationalRollUp rollUp = new RollUpBuilder().add(ledger("khoa", encrypted, keyed, false))
                .add(ledger("an", encrypted, masked, true)).build();

        assertThat(rollUp.excluded()).isEmpty();
        IncludedLedger withoutKey = rollUp.includedLedgers().get(1);
        assertThat(withoutKey.personalDataMasked()).isTrue();
        assertThat(withoutKey.indicatorsNotAvailable()).containsExactly(MINORITY.id());
        assertThat(rollUp.includedLedgers().get(0).indicatorsNotAvailable()).isEmpty();
        assertThat(rollUp.indicatorsNotAvailable()).containsExactly(MINORITY.id());
        Report keyedReport = rollUp.province("khoa").orElseThrow().reports().get(0);
        Report maskedReport = rollUp.province("an").orElseThrow().reports().get(0);
        assertThat(maskedReport.indicators()).isEqualTo(keyedReport.indicators());
        for (IndicatorDefinition clear : List.of(HOUSEHOLDS, VILLAGES)) {
            assertThat(maskedReport.total(clear.id())).as(clear.id()).contains(IndicatorValue.of(2))
                    .isEqualTo(keyedReport.total(clear.id()));
        }
        assertThat(keyedReport.total(MINORITY.id())).contains(IndicatorValue.of(1));
        assertThat(maskedReport.rows()).allSatisfy(row -> assertThat(row.cells()).doesNotContainKey(MINORITY.id()));
        Report national = rollUp.national().get(0);
        assertThat(national.total(HOUSEHOLDS.id())).contains(IndicatorValue.of(4));
        assertThat(national.total(MINORITY.id())).as("no total of the keyed province alone").isEmpty();
        assertThat(national.row("khoa").orElseThrow().actual(MINORITY.id())).contains(IndicatorValue.of(1));
        assertThat(RollUpExport.fromJson(RollUpExport.toJson(rollUp))).isEqualTo(rollUp);
    }

    @Test
    void aPlainLedger_readWithoutKeys_givesEveryFigure() {
        KetnghiaRuntime plain = province(Optional.empty());
        EventStore store = stored(plain, PayloadProtection.masked(), PayloadProtection.masked());

        NationalRollUp rollUp = new RollUpBuilder().add(ledger("tron", plain, store, true)).build();

        IncludedLedger ledger = rollUp.includedLedgers().get(0);
        assertThat(ledger.personalDataMasked()).isFalse();
        assertThat(ledger.indicatorsNotAvailable()).isEmpty();
        assertThat(rollUp.national().get(0).total(MINORITY.id())).contains(IndicatorValue.of(1));
    }

    @Test
    void aRollUpWrittenBeforeMaskedReading_readsWithEveryFigureAvailable() throws Exception {
        String before = "{\"provinces\":[],\"national\":[],\"excluded\":[]}";
        String ledger = "{\"provinceId\":\"a\",\"provinceName\":\"A\",\"eventsChecked\":1,\"lastSequence\":1,"
                + "\"lastHash\":\"" + "0".repeat(64) + "\",\"simulated\":false}";
        assertThat(RollUpExport.fromJson(before).indicatorsNotAvailable()).isEmpty();
        IncludedLedger read = org.ketnghia.core.json.KetnghiaJson.newObjectMapper().readValue(ledger, IncludedLedger.class);
        assertThat(read).isEqualTo(new IncludedLedger("a", "A", 1, 1, "0".repeat(64), false));
    }
}
