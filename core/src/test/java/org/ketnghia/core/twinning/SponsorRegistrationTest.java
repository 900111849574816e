package org.ketnghia.core.twinning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;
import static org.ketnghia.core.twinning.TwinningFixtures.department;
import static org.ketnghia.core.twinning.TwinningFixtures.register;
import static org.ketnghia.core.twinning.TwinningFixtures.runtime;

import org.junit.jupiter.api.Test;
import org.ketnghia.core.error.CoreErrorCode;
import org.ketnghia.core.error.KetnghiaException;
import org.ketnghia.core.error.Problem;
import org.ketnghia.core.ledger.InMemoryEventStore;
import org.ketnghia.core.ledger.LedgerErrorCode;
import org.ketnghia.core.runtime.KetnghiaRuntime;

class SponsorRegistrationTest {

    private final InMemoryEventStore store = new InMemoryEventStore();
    private final KetnghiaRuntime runtime = runtime(store);

    @Test
    void registeredSponsors_areListedInOrder() {
        Sponsor finance = department("so-tai-chinh", "Sở Tài chính");
        Sponsor tamKy = Sponsor.builder().id("tam-ky").name("Thành phố Tam Kỳ").kind(SponsorKind.LOWLAND_LOCALITY)
                .localityUnitCode("QNA.TAM-KY").build();
        runtime.ledger().submit(register(finance));
        runtime.ledger().submit(register(tamKy));

        assertThat(runtime.ledger().read(TwinningRegistry.class, TwinningRegistry::sponsors)).containsExactly(finance, tamKy);
        assertThat(runtime.ledger().read(TwinningRegistry.class, (TwinningRegistry registry) -> registry.sponsor("tam-ky")))
                .hasValueSatisfying(sponsor -> assertThat(sponsor.localityUnitCode()).hasValue("QNA.TAM-KY"));
        assertThat(store.size()).isEqualTo(2);
    }

    @Test
    void everyProblemOfASponsor_isReportedAtOnce_andNothingIsAppended() {
        runtime.ledger().submit(register(department("so-tai-chinh", "Sở Tài chính")));
        Sponsor broken = Sponsor.builder().id("so-tai-chinh").name("  ").kind(SponsorKind.ENTERPRISE)
                .localityUnitCode("QNA.NOWHERE").build();

        assertThatThrownBy(() -> runtime.ledger().submit(register(broken)))
                .isInstanceOfSatisfying(KetnghiaException.class, e -> assertThat(e.problems())
                        .extracting(Problem::code, Problem::field)
                        .containsExactly(
                                tuple(TwinningErrorCode.TWINNING_DUPLICATE_SPONSOR, "sponsor.id"),
                                tuple(CoreErrorCode.VALUE_BLANK, "sponsor.name"),
                                tuple(TwinningErrorCode.TWINNING_LOCALITY_NOT_APPLICABLE, "sponsor.localityUnitCode"),
                                tuple(TwinningErrorCode.TWINNING_UNKNOWN_LOCALITY_UNIT, "sponsor.localityUnitCode")));
        assertThat(store.size()).isEqualTo(1);
        assertThat(runtime.ledger().read(TwinningRegistry.class, TwinningRegistry::sponsors)).hasSize(1);
    }

    @Test
    void blankId_isRejectedWithItsField() {
        assertThatThrownBy(() -> runtime.ledger().submit(register(department(" ", "Sở Y tế"))))
                .isInstanceOfSatisfying(KetnghiaException.class, e -> {
                    assertThat(e.code()).isEqualTo(CoreErrorCode.VALUE_BLANK);
                    assertThat(e.field()).isEqualTo("sponsor.id");
                });
        assertThat(store.size()).isZero();
    }

    @Test
    void duplicateSponsor_hasABilingualMessage() {
        runtime.ledger().submit(register(department("so-y-te", "Sở Y tế")));
        assertThatThrownBy(() -> runtime.ledger().submit(register(department("so-y-te", "Sở Y tế"))))
                .isInstanceOfSatisfying(KetnghiaException.class, e -> {
                    assertThat(e.messageVi()).isEqualTo("sponsor.id: Đơn vị kết nghĩa mã \"so-y-te\" đã được đăng ký.");
                    assertThat(e.messageEn()).isEqualTo("sponsor.id: Sponsor \"so-y-te\" is already registered.");
                });
    }

    @Test
    void aSponsorActor_cannotRegisterSponsors() {
        RegisterSponsor bySponsor = RegisterSponsor.builder().from(register(department("so-y-te", "Sở Y tế")))
                .actor(org.ketnghia.core.ledger.Actor.forSponsor("a", "A", "so-y-te")).build();
        assertThatThrownBy(() -> runtime.ledger().submit(bySponsor))
                .isInstanceOfSatisfying(KetnghiaException.class,
                        e -> assertThat(e.has(LedgerErrorCode.LEDGER_PERMISSION_ROLE)).isTrue());
        assertThat(store.size()).isZero();
    }
}
