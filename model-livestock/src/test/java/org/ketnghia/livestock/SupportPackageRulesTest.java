package org.ketnghia.livestock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ketnghia.livestock.LivestockCommune.A_XAN;
import static org.ketnghia.livestock.LivestockCommune.GROUP;
import static org.ketnghia.livestock.LivestockCommune.PROVINCE;
import static org.ketnghia.livestock.LivestockCommune.accept;
import static org.ketnghia.livestock.LivestockCommune.goats;
import static org.ketnghia.livestock.LivestockCommune.group;
import static org.ketnghia.livestock.LivestockCommune.handOver;
import static org.ketnghia.livestock.LivestockCommune.lot;
import static org.ketnghia.livestock.Refusals.assertRefused;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.ketnghia.core.error.CoreErrorCode;
import org.ketnghia.core.error.KetnghiaException;
import org.ketnghia.core.error.Problem;
import org.ketnghia.core.money.Money;
import org.ketnghia.core.reporting.IndicatorValue;
import org.ketnghia.core.reporting.Report;
import org.ketnghia.core.reporting.ReportBuilder;
import org.ketnghia.core.reporting.ReportingPeriod;
import org.ketnghia.livestock.herd.Herd;
import org.ketnghia.livestock.herd.Obligation;
import org.ketnghia.livestock.herd.PurchasedAnimal;
import org.ketnghia.livestock.herd.RecordPackageException;
import org.ketnghia.livestock.indicators.LivestockIndicators;
import org.ketnghia.livestock.programme.LivestockProgramme;
import org.ketnghia.livestock.programme.SupportPackage;

/**
 * The round-1 support package (<i>mức hỗ trợ: bò 02 con/hộ, dê 05 con/hộ</i>): a household receives its package
 * once, in one hand-over or several, never more in total; an exception recorded beforehand with its justification
 * grants another; the sizes come from the programme's configuration; the round-1 indicators count households and
 * animals by species.
 */
class SupportPackageRulesTest {

    private static final LocalDate FIRST = LocalDate.of(2021, 9, 15);
    private static final LocalDate SECOND = LocalDate.of(2021, 10, 1);
    private static final LocalDate DECIDED = LocalDate.of(2021, 9, 12);

    @Test
    void thePackage_inTwoHandOvers_isAccepted_andTheHouseholdIsSupportedOnce() {
        LivestockCommune commune = goatsInStock(new LivestockCommune(), 20);

        commune.submit(handOver(FIRST, "HN-1", Optional.empty(), "G01", "G02"));
        commune.submit(handOver(SECOND, "HN-1", Optional.empty(), "G03", "G04", "G05"));

        Herd herd = herd(commune);
        assertThat(herd.roundOneReceived("HN-1")).isEqualTo(Map.of(Species.GOAT, 5));
        assertThat(herd.obligations()).extracting(Obligation::householdId).containsExactly("HN-1");
        Report report = report(commune);
        assertThat(report.actual(A_XAN, LivestockIndicators.HOUSEHOLDS_ROUND_ONE_GOAT.id())).contains(IndicatorValue.of(1));
        assertThat(report.actual(A_XAN, LivestockIndicators.ANIMALS_ROUND_ONE_GOAT.id())).contains(IndicatorValue.of(5));
        assertThat(report.actual(A_XAN, LivestockIndicators.HOUSEHOLDS_ROUND_ONE.id())).contains(IndicatorValue.of(1));
    }

    @Test
    void moreThanThePackage_inOneHandOver_isRefused() {
        LivestockCommune commune = goatsInStock(new LivestockCommune(), 20);

        KetnghiaException refused = assertRefused(commune.ledger,
                handOver(FIRST, "HN-1", Optional.empty(), "G01", "G02", "G03", "G04", "G06", "G07"),
                LivestockErrorCode.LIVESTOCK_PACKAGE_EXCEEDED);

        assertThat(refused.problems()).extracting(Problem::field).containsExactly("earTags");
        assertThat(refused.problems().get(0).messageVi()).contains("HN-1").contains("6 con dê").contains("5 con/hộ");
    }

    @Test
    void aSecondHandOver_beyondThePackage_isRefused() {
        LivestockCommune commune = goatsInStock(new LivestockCommune(), 20);
        commune.submit(handOver(FIRST, "HN-1", Optional.empty(), "G01", "G02", "G03"));

        assertRefused(commune.ledger, handOver(SECOND, "HN-1", Optional.empty(), "G04", "G06", "G07"),
                LivestockErrorCode.LIVESTOCK_PACKAGE_EXCEEDED);
    }

    @Test
    void aHouseholdThatReceivedItsPackage_receivesNoMoreRoundOneAnimals() {
        LivestockCommune commune = goatsInStock(new LivestockCommune(), 20);
        commune.submit(handOver(FIRST, "HN-1", Optional.empty(), "G01", "G02", "G03", "G04", "G05"));

        assertRefused(commune.ledger, handOver(SECOND, "HN-1", Optional.empty(), "G06"),
                LivestockErrorCode.LIVESTOCK_PACKAGE_ALREADY_RECEIVED);
    }

    @Test
    void anExceptionRecordedBeforehand_grantsAnotherPackage_andHoldsTheHouseholdToIt() {
        LivestockCommune commune = goatsInStock(new LivestockCommune(), 20);
        commune.submit(exception("HN-1", Species.GOAT, 3).build());
        commune.submit(exception("HN-2", Species.GOAT, 7).build());

        commune.submit(handOver(FIRST, "HN-1", Optional.empty(), "G01", "G02", "G03"));
        commune.submit(handOver(FIRST, "HN-2", Optional.empty(), "G04", "G06", "G07", "G08", "G09", "G10", "G11"));

        assertRefused(commune.ledger, handOver(SECOND, "HN-1", Optional.empty(), "G12"),
                LivestockErrorCode.LIVESTOCK_PACKAGE_ALREADY_RECEIVED);
        assertThat(herd(commune).roundOneReceived("HN-2")).isEqualTo(Map.of(Species.GOAT, 7));
        assertThat(herd(commune).packageException("HN-1")).hasValueSatisfying(recorded -> {
            assertThat(recorded.headCount()).isEqualTo(3);
            assertThat(recorded.justification()).contains("chuồng");
            assertThat(recorded.approvedBy()).isEqualTo("Chủ tịch UBND xã A Xan");
        });
    }

    @Test
    void anException_isRefused_withEveryProblemAtOnce() {
        LivestockCommune commune = goatsInStock(new LivestockCommune(), 20);

        KetnghiaException refused = assertRefused(commune.ledger, exception("HN-9", Species.CATTLE, 0)
                .justification(" ").decisionReference("").approvedBy(" ").build(),
                LivestockErrorCode.LIVESTOCK_PACKAGE_EXCEPTION_SPECIES);

        assertThat(refused.problems()).extracting(Problem::code, Problem::field).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple(LivestockErrorCode.LIVESTOCK_RECIPIENT_NOT_MEMBER, "householdId"),
                org.assertj.core.groups.Tuple.tuple(LivestockErrorCode.LIVESTOCK_PACKAGE_EXCEPTION_SPECIES, "species"),
                org.assertj.core.groups.Tuple.tuple(CoreErrorCode.VALUE_OUT_OF_RANGE, "headCount"),
                org.assertj.core.groups.Tuple.tuple(CoreErrorCode.VALUE_BLANK, "justification"),
                org.assertj.core.groups.Tuple.tuple(CoreErrorCode.VALUE_BLANK, "decisionReference"),
                org.assertj.core.groups.Tuple.tuple(CoreErrorCode.VALUE_BLANK, "approvedBy"));
    }

    @Test
    void anException_belowWhatTheHouseholdAlreadyReceived_isRefused() {
        LivestockCommune commune = goatsInStock(new LivestockCommune(), 20);
        commune.submit(handOver(FIRST, "HN-1", Optional.empty(), "G01", "G02", "G03", "G04"));

        assertRefused(commune.ledger, exception("HN-1", Species.GOAT, 3).build(),
                LivestockErrorCode.LIVESTOCK_PACKAGE_EXCEPTION_BELOW_RECEIVED);
        commune.submit(exception("HN-1", Species.GOAT, 4).build());
        assertRefused(commune.ledger, handOver(SECOND, "HN-1", Optional.empty(), "G06"),
                LivestockErrorCode.LIVESTOCK_PACKAGE_ALREADY_RECEIVED);
    }

    @Test
    void thePackageSize_isTheProgrammesConfiguration() {
        LivestockProgramme threeGoats = LivestockProgramme.builder().from(LivestockProgramme.quangNam2021())
                .packages(List.of(LivestockProgramme.quangNam2021().packageFor(Species.CATTLE).orElseThrow(),
                        SupportPackage.builder().species(Species.GOAT).headPerHousehold(3)
                                .unitPrice(Money.ofMillions(4)).build()))
                .build();
        LivestockCommune commune = goatsInStock(new LivestockCommune(threeGoats), 20);

        assertRefused(commune.ledger, handOver(FIRST, "HN-1", Optional.empty(), "G01", "G02", "G03", "G04"),
                LivestockErrorCode.LIVESTOCK_PACKAGE_EXCEEDED);
        commune.submit(handOver(FIRST, "HN-1", Optional.empty(), "G01", "G02", "G03"));
        assertRefused(commune.ledger, handOver(SECOND, "HN-1", Optional.empty(), "G04"),
                LivestockErrorCode.LIVESTOCK_PACKAGE_ALREADY_RECEIVED);
        assertThat(threeGoats.headPerHousehold(Species.GOAT)).isEqualTo(3);
        assertThat(LivestockProgramme.builder().from(threeGoats).packages(List.of()).build()
                .headPerHousehold(Species.CATTLE)).as("the plan's 2 cattle when no package is configured").isEqualTo(2);
    }

    @Test
    void cattle_twoHeadInTwoHandOvers_areCountedByTheCattleIndicators() {
        LivestockCommune commune = new LivestockCommune().withHouseholds().withFunds(LivestockCommune.RECEIVED);
        commune.submit(group(GROUP, "HN-1", "HN-2").species(Species.CATTLE)
                .speciesJustification("Thôn A Ur có bãi chăn thả, hộ có kinh nghiệm nuôi bò").build());
        List<PurchasedAnimal> cattle = new ArrayList<>();
        for (String tag : List.of("B01", "B02", "B03")) {
            cattle.add(PurchasedAnimal.builder().earTag(tag).species(Species.CATTLE).sex(AnimalSex.FEMALE).ageMonths(20)
                    .weightKg(160).healthCertificate("KD-" + tag).price(Money.ofMillions(20)).build());
        }
        commune.submit(lot("LO-1", cattle));
        commune.submit(accept("LO-1").build());

        commune.submit(handOver(FIRST, "HN-1", Optional.empty(), "B01"));
        commune.submit(handOver(SECOND, "HN-1", Optional.empty(), "B02"));
        assertRefused(commune.ledger, handOver(SECOND, "HN-1", Optional.empty(), "B03"),
                LivestockErrorCode.LIVESTOCK_PACKAGE_ALREADY_RECEIVED);

        Report report = report(commune);
        assertThat(report.actual(A_XAN, LivestockIndicators.HOUSEHOLDS_ROUND_ONE_CATTLE.id())).contains(IndicatorValue.of(1));
        assertThat(report.actual(A_XAN, LivestockIndicators.ANIMALS_ROUND_ONE_CATTLE.id())).contains(IndicatorValue.of(2));
        assertThat(report.actual(A_XAN, LivestockIndicators.HOUSEHOLDS_ROUND_ONE_GOAT.id()).orElse(IndicatorValue.of(0)))
                .isEqualTo(IndicatorValue.of(0));
    }

    /** Households, funds, the goat group HN-1…HN-5 and {@code count} goats accepted into the commune's stock. */
    private static LivestockCommune goatsInStock(LivestockCommune commune, int count) {
        commune.withHouseholds().withFunds(LivestockCommune.RECEIVED);
        commune.submit(group(GROUP, "HN-1", "HN-2", "HN-3", "HN-4", "HN-5").build());
        commune.submit(lot("LO-1", goats(count)));
        commune.submit(accept("LO-1").build());
        return commune;
    }

    private static RecordPackageException.Builder exception(String householdId, Species species, int head) {
        RecordPackageException.Builder builder = RecordPackageException.builder();
        builder.actor(PROVINCE).unitCode(A_XAN).occurredOn(DECIDED).groupId(GROUP).householdId(householdId)
                .species(species).headCount(head).justification("Hộ neo đơn, chỉ đủ chuồng trại cho ít con hơn")
                .decisionReference("QĐ 52/QĐ-UBND").approvedBy("Chủ tịch UBND xã A Xan");
        return builder;
    }

    private static Herd herd(LivestockCommune commune) {
        return commune.ledger.read(Herd.class, herd -> herd);
    }

    private static Report report(LivestockCommune commune) {
        ReportingPeriod period = ReportingPeriod.custom(LocalDate.of(2021, 7, 1), LocalDate.of(2025, 6, 30),
                "Giai đoạn 2021–2025", "2021–2025");
        return new ReportBuilder(commune.runtime.administrativeUnits())
                .addAll(new LivestockModel(LivestockProgramme.quangNam2021()).indicatorSources(commune.runtime.context()))
                .build(period, commune.ledger.store().readAll());
    }
}
