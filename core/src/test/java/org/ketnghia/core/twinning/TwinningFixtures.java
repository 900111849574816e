package org.ketnghia.core.twinning;

import static org.ketnghia.testing.Fixtures.PROVINCE;

import java.time.LocalDate;
import java.util.List;
import org.ketnghia.core.ledger.InMemoryEventStore;
import org.ketnghia.core.runtime.KetnghiaRuntime;
import org.ketnghia.testing.Fixtures;
import org.ketnghia.core.twinning.internal.TwinningFeature;

/** Runtimes and commands for the twinning tests. */
final class TwinningFixtures {

    static final String QUANG_NAM = "QNA";
    static final String DA_NANG = "DNG";
    static final String TAY_GIANG_DISTRICT = "QNA.TAY-GIANG";
    static final String NAM_GIANG_DISTRICT = "QNA.NAM-GIANG";
    static final String A_XAN = "QNA.TAY-GIANG.A-XAN";
    static final String HUNG_SON = "DNG.HUNG-SON";
    static final String TAY_GIANG_COMMUNE = "DNG.TAY-GIANG";
    static final String AVUONG = "DNG.AVUONG";
    static final LocalDate IN_2021 = LocalDate.of(2021, 7, 1);
    static final LocalDate IN_2022 = LocalDate.of(2022, 3, 1);
    static final LocalDate IN_2026 = LocalDate.of(2026, 1, 15);

    private TwinningFixtures() {
    }

    static KetnghiaRuntime runtime(InMemoryEventStore store) {
        return KetnghiaRuntime.builder().administrativeUnits(Fixtures.QUANG_NAM).addFeature(new TwinningFeature()).eventStore(store).clock(Fixtures.CLOCK).build();
    }

    static Sponsor department(String id, String name) {
        return Sponsor.builder().id(id).name(name).kind(SponsorKind.DEPARTMENT).contactUnit("Văn phòng " + name).build();
    }

    static RegisterSponsor register(Sponsor sponsor) {
        return RegisterSponsor.builder().actor(PROVINCE).unitCode(QUANG_NAM).occurredOn(IN_2021).sponsor(sponsor).build();
    }

    static TwinningAgreement agreement(String id, String recipient, LocalDate from, List<String> sponsorIds,
            String... modelIds) {
        return TwinningAgreement.builder().id(id).recipientUnitCode(recipient).validFrom(from)
                .sponsorIds(sponsorIds).modelIds(List.of(modelIds)).build();
    }

    /** Signed on the agreement's first day, recorded for the province that exists then. */
    static SignAgreement sign(TwinningAgreement agreement) {
        String province = agreement.validFrom().isBefore(LocalDate.of(2025, 7, 1)) ? QUANG_NAM : DA_NANG;
        return SignAgreement.builder().actor(PROVINCE).unitCode(province).occurredOn(agreement.validFrom())
                .agreement(agreement).build();
    }
}
