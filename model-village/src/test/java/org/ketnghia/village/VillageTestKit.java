package org.ketnghia.village;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.ketnghia.core.admin.AdminLevel;
import org.ketnghia.core.admin.AdministrativeRegistry;
import org.ketnghia.core.admin.AdministrativeUnit;
import org.ketnghia.core.admin.ParentLink;
import org.ketnghia.core.admin.UnitFlags;
import org.ketnghia.core.admin.UnitKind;
import org.ketnghia.core.admin.Validity;
import org.ketnghia.core.ledger.Ledger;
import org.ketnghia.core.money.Money;
import org.ketnghia.core.programme.DeclareProgramme;
import org.ketnghia.core.programme.ProgrammeTarget;
import org.ketnghia.core.programme.ProgrammeTerms;
import org.ketnghia.testing.Participants;
import org.ketnghia.core.runtime.KetnghiaRuntime;
import org.ketnghia.core.simulation.CommandSink;
import org.ketnghia.testing.Fixtures;
import org.ketnghia.core.twinning.RegisterSponsor;
import org.ketnghia.core.twinning.SignAgreement;
import org.ketnghia.core.twinning.Sponsor;
import org.ketnghia.core.twinning.SponsorKind;
import org.ketnghia.core.twinning.StandardModels;
import org.ketnghia.core.twinning.TwinningAgreement;
import org.ketnghia.core.reporting.IndicatorSource;
import org.ketnghia.village.criteria.CriteriaSet;
import org.ketnghia.village.criteria.CriteriaSets;
import org.ketnghia.village.criteria.CriterionIndicator;
import org.ketnghia.village.criteria.Reading;
import org.ketnghia.village.criteria.ThresholdKind;
import org.ketnghia.village.reporting.VillageIndicators;
import org.ketnghia.village.scheme.AdoptCriteriaSet;
import org.ketnghia.village.scheme.AssessBaseline;
import org.ketnghia.village.scheme.CorrectMeasurement;
import org.ketnghia.village.scheme.IndicatorReading;
import org.ketnghia.village.scheme.RecogniseVillage;
import org.ketnghia.village.scheme.RecordMeasurement;
import org.ketnghia.village.scheme.RecordRecognitionStep;
import org.ketnghia.village.scheme.RecognitionStep;
import org.ketnghia.village.scheme.RegisterVillage;
import org.ketnghia.village.scheme.TakeOnCriteria;

/** Test data: units (two Tây Giang villages across the 2025 merger, a zone-2 and a zone-less village), runtime, commands. */
final class VillageTestKit {

    static final String PROVINCE = "QNA";
    static final String A_UR = Participants.A_UR;
    static final String PA_RONG = Participants.PA_RONG;
    static final String A_XAN = Participants.A_XAN;
    static final String HUNG_SON = Participants.HUNG_SON;
    /** A village of Tam Kỳ ward flagged zone 2, from 1 July 2025. */
    static final String AN_PHU_TAY = "DNG.TAM-KY.AN-PHU-TAY";
    /** A village of Điện Bàn without any model-village zone. */
    static final String NO_ZONE_VILLAGE = "DNG.DIEN-BAN.THON-KHONG-VUNG";
    static final String SPONSOR = "so-nong-nghiep";
    static final String OTHER_SPONSOR = "so-y-te";
    static final LocalDate PROGRAMME_START = LocalDate.of(2021, 7, 1);
    static final LocalDate REGISTERED_ON = LocalDate.of(2024, 3, 1);

    private VillageTestKit() {
    }

    static AdministrativeRegistry units() {
        return Holder.UNITS;
    }

    /** The model configured with the shipped sample set, named explicitly. */
    static VillageModel model() {
        return new VillageModel(CriteriaSets.sample());
    }

    static KetnghiaRuntime runtime() {
        return KetnghiaRuntime.builder().addModel(model()).administrativeUnits(units()).clock(Fixtures.CLOCK).build();
    }

    /** The model's indicator sources, as the runtime's reports get them. */
    static List<IndicatorSource> indicatorSources(KetnghiaRuntime runtime) {
        return runtime.model(VillageModel.ID).indicatorSources(runtime.context());
    }

    /** Sponsor twinned with Tây Giang district since 2021, another twinned with no one. */
    static void twinning(Ledger ledger) {
        twinning(ledger::submit);
    }

    /** As {@link #twinning(Ledger)}, the commands sent to {@code sink} (a ledger, or a list collecting them). */
    static void twinning(CommandSink sink) {
        sink.submit(RegisterSponsor.builder().actor(Fixtures.PROVINCE).unitCode(PROVINCE).occurredOn(PROGRAMME_START)
                .sponsor(Sponsor.builder().id(SPONSOR).name("Sở Nông nghiệp và Phát triển nông thôn")
                        .kind(SponsorKind.DEPARTMENT).contactUnit("Văn phòng Sở").build()).build());
        sink.submit(RegisterSponsor.builder().actor(Fixtures.PROVINCE).unitCode(PROVINCE).occurredOn(PROGRAMME_START)
                .sponsor(Sponsor.builder().id(OTHER_SPONSOR).name("Sở Y tế").kind(SponsorKind.DEPARTMENT)
                        .contactUnit("Văn phòng Sở Y tế").build()).build());
        sink.submit(SignAgreement.builder().actor(Fixtures.PROVINCE).unitCode(PROVINCE).occurredOn(PROGRAMME_START)
                .agreement(TwinningAgreement.builder().id("kn-tay-giang-2021")
                        .recipientUnitCode(Participants.TAY_GIANG_DISTRICT).validFrom(PROGRAMME_START)
                        .sponsorIds(List.of(SPONSOR))
                        .modelIds(List.of(StandardModels.VILLAGE, StandardModels.TRAINING)).build()).build());
    }

    /** The programme's id in {@link #programme}. */
    static final String PROGRAMME_ID = "quang-nam-2021";

    /**
     * The declaration of a programme (<i>kế hoạch kết nghĩa</i>) over Tây Giang district from 1 July 2021 for five
     * years, with {@code pilotCommunes} as its pilot communes and the model's village targets: two villages
     * registered, two recognised, every one of the sample set's nine criteria met per village.
     */
    static DeclareProgramme programme(String... pilotCommunes) {
        return programmeWithId(PROGRAMME_ID, pilotCommunes);
    }

    /** As {@link #programme}, with another id. */
    static DeclareProgramme programmeWithId(String id, String... pilotCommunes) {
        return DeclareProgramme.builder().actor(Fixtures.PROVINCE).unitCode(PROVINCE).occurredOn(PROGRAMME_START)
                .terms(ProgrammeTerms.builder().id(id)
                        .titleVi("Thí điểm các mô hình hỗ trợ phát triển kinh tế - xã hội qua công tác kết nghĩa")
                        .decision("Kế hoạch thí điểm các mô hình qua công tác kết nghĩa (mẫu kiểm thử)")
                        .addLegalBases("Quyết định số 3651/QĐ-UBND ngày 13/12/2021").provinceCode(PROVINCE)
                        .start(PROGRAMME_START).years(5).coordinator("Ban Dân tộc tỉnh")
                        .addDistrictCodes(Participants.TAY_GIANG_DISTRICT).addPilotCommuneCodes(pilotCommunes)
                        .addTargets(target(VillageIndicators.VILLAGES_REGISTERED.id(), 2),
                                target(VillageIndicators.VILLAGES_RECOGNISED.id(), 2),
                                target(VillageIndicators.CRITERIA_MET_PER_VILLAGE.id(), 9))
                        .build())
                .build();
    }

    private static ProgrammeTarget target(String indicatorId, long value) {
        return ProgrammeTarget.builder().indicatorId(indicatorId).value(value).build();
    }

    static AdoptCriteriaSet adopt(CriteriaSet set) {
        return AdoptCriteriaSet.builder().actor(Fixtures.PROVINCE).unitCode(PROVINCE).occurredOn(PROGRAMME_START)
                .criteriaSet(set).build();
    }

    static RegisterVillage register(String village, String setId, LocalDate on) {
        return RegisterVillage.builder().actor(Fixtures.PROVINCE).unitCode(village).occurredOn(on).criteriaSetId(setId)
                .reference("Danh sách thôn đăng ký của UBND xã").build();
    }

    static IndicatorReading reading(String indicatorId, Reading reading) {
        return IndicatorReading.of(indicatorId, reading, "Biên bản khảo sát " + indicatorId);
    }

    /** A reading for every measured indicator of {@code set}: at the zone's threshold when {@code met}, below otherwise. */
    static List<IndicatorReading> readings(CriteriaSet set, int zone, Map<String, Boolean> metByCriterion) {
        List<IndicatorReading> readings = new ArrayList<>();
        set.criteria().forEach(criterion -> {
            boolean met = metByCriterion.getOrDefault(criterion.id(), true);
            collect(criterion.indicators(), zone, met, readings);
        });
        return readings;
    }

    private static void collect(List<CriterionIndicator> indicators, int zone, boolean met, List<IndicatorReading> into) {
        for (CriterionIndicator indicator : indicators) {
            if (indicator.kind() == ThresholdKind.ALL_SUB_INDICATORS_MET) {
                collect(indicator.subIndicators(), zone, met, into);
                continue;
            }
            BigDecimal threshold = indicator.thresholdFor(zone).orElseThrow();
            into.add(reading(indicator.id(), value(indicator.kind(), threshold, met)));
        }
    }

    static Reading value(ThresholdKind kind, BigDecimal threshold, boolean met) {
        return switch (kind) {
            case PERCENTAGE_AT_LEAST, COUNT_AT_LEAST -> Reading.of(met ? threshold
                    : threshold.subtract(BigDecimal.ONE).max(BigDecimal.ZERO));
            case AMOUNT_AT_LEAST -> Reading.of(Money.ofDong(threshold.longValueExact() - (met ? 0 : 1)));
            case YES_NO -> Reading.of(met);
            case ALL_SUB_INDICATORS_MET -> throw new IllegalArgumentException("composite");
        };
    }

    static AssessBaseline baseline(String village, LocalDate on, List<IndicatorReading> readings) {
        return AssessBaseline.builder().actor(Fixtures.PROVINCE).unitCode(village).occurredOn(on).readings(readings).build();
    }

    static RecordMeasurement measure(String village, LocalDate on, boolean reassessment, IndicatorReading... readings) {
        return measure(village, on, reassessment, List.of(readings));
    }

    static RecordMeasurement measure(String village, LocalDate on, boolean reassessment, List<IndicatorReading> readings) {
        return RecordMeasurement.builder().actor(Fixtures.PROVINCE).unitCode(village).occurredOn(on)
                .readings(readings).reassessment(reassessment).build();
    }

    static CorrectMeasurement correct(String village, LocalDate on, long measurementSequence,
            List<IndicatorReading> readings) {
        return CorrectMeasurement.builder().actor(Fixtures.PROVINCE).unitCode(village).occurredOn(on)
                .measurementSequence(measurementSequence).readings(readings)
                .reason("Nhập nhầm số liệu, theo biên bản kiểm tra lại").build();
    }

        static TakeOnCriteria takeOn(String village, String sponsorId, LocalDate on, String... criterionIds) {
        return TakeOnCriteria.builder().actor(Fixtures.PROVINCE).unitCode(village).occurredOn(on).sponsorId(sponsorId)
                .criterionIds(List.of(criterionIds)).planReference("Kế hoạch hỗ trợ thôn NTM kiểu mẫu " + on.getYear())
                .build();
    }

    static RecordRecognitionStep step(String village, RecognitionStep step, LocalDate on, boolean failed) {
        return RecordRecognitionStep.builder().actor(Fixtures.PROVINCE).unitCode(village).occurredOn(on).step(step)
                .documentReference("Văn bản " + step.name()).failed(failed).build();
    }

    /** Self-assessment, commune proposal, inspection and dossier, a week apart from {@code from}. */
    static void stepsToDossier(Ledger ledger, String village, LocalDate from) {
        stepsToDossier(ledger::submit, village, from);
    }

    /** As {@link #stepsToDossier(Ledger, String, LocalDate)}, the steps sent to {@code sink}. */
    static void stepsToDossier(CommandSink sink, String village, LocalDate from) {
        LocalDate date = from;
        for (RecognitionStep step : RecognitionStep.values()) {
            sink.submit(step(village, step, date, false));
            date = date.plusWeeks(1);
        }
    }

    static RecogniseVillage recognise(String village, LocalDate on, String number) {
        return RecogniseVillage.builder().actor(Fixtures.PROVINCE).unitCode(village).occurredOn(on)
                .decisionNumber(number).build();
    }

    private static AdministrativeUnit village(String code, String name, String commune, LocalDate from, UnitFlags flags) {
        return AdministrativeUnit.builder().code(code).name(name).kind(UnitKind.VILLAGE).levelId(AdminLevel.VILLAGE)
                .validFrom(from).addParents(ParentLink.to(commune, Validity.startingOn(from))).flags(flags).build();
    }

    private static final class Holder {
        static final AdministrativeRegistry UNITS = Participants.units().withUnits(List.of(
                village(AN_PHU_TAY, "An Phú Tây", "DNG.TAM-KY", LocalDate.of(2025, 7, 1),
                        UnitFlags.builder().modelVillageZone(2).source("test: zone 2").build()),
                village(NO_ZONE_VILLAGE, "Thôn không vùng", "DNG.DIEN-BAN", LocalDate.of(2025, 7, 1), UnitFlags.none())));
    }
}
