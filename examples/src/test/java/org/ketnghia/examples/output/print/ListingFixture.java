package org.ketnghia.examples.output.print;

import java.time.LocalDate;
import java.util.List;
import org.ketnghia.core.disclosure.PublicListing;
import org.ketnghia.core.disclosure.SupportLedger;
import org.ketnghia.core.funding.FundingSourceKind;
import org.ketnghia.core.funding.MakePledge;
import org.ketnghia.core.funding.RecordReceipt;
import org.ketnghia.core.funding.RegisterFundingSource;
import org.ketnghia.core.ledger.Ledger;
import org.ketnghia.core.money.Money;
import org.ketnghia.core.participant.Sex;
import org.ketnghia.core.participant.poverty.PovertyCategory;
import org.ketnghia.core.runtime.KetnghiaRuntime;
import org.ketnghia.core.twinning.RegisterSponsor;
import org.ketnghia.core.twinning.Sponsor;
import org.ketnghia.core.twinning.SponsorKind;
import org.ketnghia.examples.water.CleanWaterModel;
import org.ketnghia.examples.water.InstallWaterSystem;
import org.ketnghia.testing.Fixtures;
import org.ketnghia.testing.Participants;

/**
 * A real ledger with the clean-water model: households of A Xan (village A Ur) with Vietnamese names, each given a
 * water tank in 2024, so that the public list of A Xan on {@link #LISTING_DATE} has one row per household.
 */
final class ListingFixture {

    static final LocalDate LISTING_DATE = LocalDate.of(2024, 12, 31);
    static final String ITEM = "Bồn nước và bộ lọc";

    final KetnghiaRuntime runtime = KetnghiaRuntime.builder().addModel(new CleanWaterModel())
            .administrativeUnits(Participants.units()).clock(Fixtures.CLOCK).build();
    final Ledger ledger = runtime.ledger();

    /** A ledger in which each of {@code heads} received a tank, the {@code i}-th worth 6,500,000 + i × 1,000 đồng. */
    ListingFixture(List<String> heads) {
        Money fund = Money.ofDong(1 + heads.size() * 7_000_000L);
        ledger.submit(RegisterSponsor.builder().actor(Fixtures.PROVINCE).unitCode("QNA").occurredOn(LocalDate.of(2024, 1, 2))
                .sponsor(Sponsor.builder().id("dn").name("Doanh nghiệp").kind(SponsorKind.ENTERPRISE).build()).build());
        ledger.submit(RegisterFundingSource.builder().actor(Fixtures.PROVINCE).unitCode("QNA")
                .occurredOn(LocalDate.of(2024, 1, 2)).sourceId("nguon-dn").name("Nguồn doanh nghiệp")
                .kind(FundingSourceKind.ENTERPRISE).sponsorId("dn").build());
        ledger.submit(MakePledge.builder().actor(Fixtures.PROVINCE).unitCode(Participants.A_XAN)
                .occurredOn(LocalDate.of(2024, 1, 3)).sponsorId("dn").pledgeId("ck").sourceId("nguon-dn")
                .modelId(CleanWaterModel.ID).amount(fund).build());
        ledger.submit(RecordReceipt.builder().actor(Fixtures.PROVINCE).unitCode(Participants.A_XAN)
                .occurredOn(LocalDate.of(2024, 1, 4)).receiptId("thu").pledgeId("ck").amount(fund).build());
        for (int i = 0; i < heads.size(); i++) {
            String household = "H-" + (i + 1);
            ledger.submit(Participants.household(household, Participants.A_UR, Participants.A_XAN,
                    Participants.head(heads.get(i), i % 2 == 0 ? Sex.FEMALE : Sex.MALE, 1970 + i % 30)).build());
            ledger.submit(Participants.status(household, Participants.A_XAN, 2024,
                    i % 3 == 0 ? PovertyCategory.NEAR_POOR : PovertyCategory.POOR));
            ledger.submit(new InstallWaterSystem(Fixtures.PROVINCE, Participants.A_XAN, LocalDate.of(2024, 5, 2),
                    "LD-" + household, household, ITEM, "Water tank and filter", Money.ofDong(6_500_000L + i * 1_000L),
                    "PC-" + household));
        }
    }

    /** The list of A Xan on {@link #LISTING_DATE}. */
    PublicListing listing() {
        return ledger.read(SupportLedger.class,
                supports -> supports.publicListing(Participants.A_XAN, LISTING_DATE, runtime.administrativeUnits()));
    }
}
