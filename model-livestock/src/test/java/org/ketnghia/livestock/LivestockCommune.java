package org.ketnghia.livestock;

import org.ketnghia.livestock.programme.LivestockProgramme;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.ketnghia.core.funding.FundingSourceKind;
import org.ketnghia.core.funding.RecordReceipt;
import org.ketnghia.core.funding.RegisterFundingSource;
import org.ketnghia.core.ledger.Actor;
import org.ketnghia.core.ledger.Command;
import org.ketnghia.core.ledger.Ledger;
import org.ketnghia.core.money.Money;
import org.ketnghia.core.programme.DeclareProgramme;
import org.ketnghia.core.programme.ProgrammeTerms;
import org.ketnghia.core.programme.SpendingNorm;
import org.ketnghia.livestock.programme.LivestockNorms;
import org.ketnghia.testing.Participants;
import org.ketnghia.core.participant.RegisterPerson;
import org.ketnghia.core.participant.Sex;
import org.ketnghia.core.participant.UnionMembership;
import org.ketnghia.core.participant.poverty.PovertyCategory;
import org.ketnghia.core.runtime.KetnghiaRuntime;
import org.ketnghia.core.spi.LedgerFeature;
import org.ketnghia.testing.Fixtures;
import org.ketnghia.livestock.group.FoundGroup;
import org.ketnghia.livestock.group.GroupLeader;
import org.ketnghia.livestock.group.GroupMember;
import org.ketnghia.livestock.group.GroupRole;
import org.ketnghia.livestock.herd.AcceptLot;
import org.ketnghia.livestock.herd.HandOverAnimals;
import org.ketnghia.livestock.herd.OversightParty;
import org.ketnghia.livestock.herd.PurchasedAnimal;
import org.ketnghia.livestock.herd.RecordBirth;
import org.ketnghia.livestock.herd.RecordDeath;
import org.ketnghia.livestock.herd.RecordPurchaseLot;
import org.ketnghia.livestock.herd.RecordSale;
import org.ketnghia.livestock.herd.RejectedAnimal;
import org.ketnghia.livestock.passon.PassOnPolicies;
import org.ketnghia.livestock.passon.PassOnPolicy;

/**
 * A goat commune for the tests: xã A Xan (Tây Giang, goats by priority) with households of thôn A Ur,
 * their 2021 poverty status, money received for the model, and command builders.
 */
final class LivestockCommune {

    static final String A_XAN = Participants.A_XAN;
    static final String A_UR = Participants.A_UR;
    static final Actor PROVINCE = Fixtures.PROVINCE;
    static final LocalDate REGISTERED_ON = LocalDate.of(2020, 11, 2);
    static final LocalDate RECEIVED_ON = LocalDate.of(2021, 7, 15);
    static final LocalDate VOTED_ON = LocalDate.of(2021, 7, 25);
    static final LocalDate FOUNDED_ON = LocalDate.of(2021, 8, 1);
    static final LocalDate BOUGHT_ON = LocalDate.of(2021, 9, 1);
    static final LocalDate ACCEPTED_ON = LocalDate.of(2021, 9, 10);
    static final LocalDate HANDED_ON = LocalDate.of(2021, 9, 15);
    static final Money GOAT_PRICE = Money.ofMillions(4);
    static final Money RECEIVED = Money.ofMillions(100);
    static final String GROUP = "to-de-a-ur";
    static final String LEADER = "HN-L";
    static final PassOnPolicy FIRST_FEMALE = PassOnPolicies.standard().require(PassOnPolicies.FIRST_FEMALE_OFFSPRING);

    final KetnghiaRuntime runtime;
    final Ledger ledger;
    private final List<Command> submitted = new ArrayList<>();

    LivestockCommune() {
        this(LivestockProgramme.quangNam2021());
    }

    /** A commune whose model runs {@code programme} (its support packages, its districts). */
    LivestockCommune(LivestockProgramme programme) {
        this(programme, List.of());
    }

    /** A commune whose model runs {@code programme}, with {@code features} besides (test fakes). */
    LivestockCommune(LivestockProgramme programme, List<LedgerFeature> features) {
        KetnghiaRuntime.Builder builder = KetnghiaRuntime.builder().addModel(new LivestockModel(programme))
                .administrativeUnits(Participants.units()).clock(Fixtures.CLOCK);
        features.forEach(builder::addFeature);
        runtime = builder.build();
        ledger = runtime.ledger();
    }

    /** Submits {@code command} to the ledger and remembers it among {@link #submitted()}. */
    LivestockCommune submit(Command command) {
        ledger.submit(command);
        submitted.add(command);
        return this;
    }

    /** The commands submitted through {@link #submit} (and so by every builder of this class), in order. */
    List<Command> submitted() {
        return List.copyOf(submitted);
    }

    /** Registers a household of A Ur with its 2021 status. */
    LivestockCommune household(String id, String head, String ethnicity, PovertyCategory category) {
        submit(Participants.household(id, A_UR, A_XAN, Participants.head(head, Sex.FEMALE, 1975))
                .occurredOn(REGISTERED_ON).ethnicity(ethnicity).build());
        submit(Participants.status(id, A_XAN, 2021, category));
        return this;
    }

    /** Five Cơ Tu households HN-1…HN-5 (poor, poor, near-poor, newly escaped, poor) and a non-poor leader. */
    LivestockCommune withHouseholds() {
        household("HN-1", "Bríu Thị Hoa", "Cơ Tu", PovertyCategory.POOR);
        household("HN-2", "Alăng Thị Bốn", "Cơ Tu", PovertyCategory.POOR);
        household("HN-3", "Pơloong Thị Ba", "Cơ Tu", PovertyCategory.NEAR_POOR);
        household("HN-4", "Clâu Thị Năm", "Cơ Tu", PovertyCategory.NEWLY_ESCAPED);
        household("HN-5", "Zơrâm Thị Sáu", "Cơ Tu", PovertyCategory.POOR);
        household(LEADER, "Hốih Thị Lan", "Cơ Tu", PovertyCategory.AVERAGE_LIVING_STANDARD);
        return this;
    }

    LivestockCommune withFunds(Money amount) {
        submit(RegisterFundingSource.builder().actor(PROVINCE).unitCode("QNA").occurredOn(RECEIVED_ON)
                .sourceId("dn-1").name("Doanh nghiệp hỗ trợ").kind(FundingSourceKind.ENTERPRISE).build());
        submit(RecordReceipt.builder().actor(PROVINCE).unitCode(A_XAN).occurredOn(RECEIVED_ON)
                .receiptId("thu-1").unpledged(true).sourceId("dn-1").modelId(LivestockModel.ID).amount(amount).build());
        return this;
    }

    /**
     * Declares the programme of A Xan's goats (<i>kế hoạch</i>): district Tây Giang, pilot commune A Xan, the
     * plan's price norms per head (20 million đồng a head of cattle, 4 million a goat), no allotment.
     */
    LivestockCommune withProgramme() {
        return submit(DeclareProgramme.builder().actor(PROVINCE).unitCode("QNA").occurredOn(PROGRAMME_START)
                .terms(PROGRAMME_TERMS).build());
    }

    static final LocalDate PROGRAMME_START = LocalDate.of(2021, 7, 1);

    /** The terms {@link #withProgramme()} declares. */
    static final ProgrammeTerms PROGRAMME_TERMS = ProgrammeTerms.builder().id("quang-nam-2021")
            .titleVi("Thí điểm các mô hình hỗ trợ phát triển kinh tế - xã hội qua công tác kết nghĩa")
            .decision("Kế hoạch thí điểm các mô hình qua công tác kết nghĩa")
            .addLegalBases("Kế hoạch của UBND tỉnh Quảng Nam năm 2021").provinceCode("QNA").start(PROGRAMME_START)
            .years(5).addDistrictCodes(Participants.TAY_GIANG_DISTRICT).addPilotCommuneCodes(A_XAN)
            .addNorms(SpendingNorm.builder().key(LivestockNorms.CATTLE_PRICE_PER_HEAD).amount(Money.ofMillions(20))
                    .unit("con").legalBasis("Kế hoạch 2021, mục II.1.3: mỗi con bình quân 20 triệu đồng").build())
            .addNorms(SpendingNorm.builder().key(LivestockNorms.GOAT_PRICE_PER_HEAD).amount(Money.ofMillions(4))
                    .unit("con").legalBasis("Kế hoạch 2021, mục II.1.3: mỗi con bình quân 4 triệu đồng").build())
            .build();

    LivestockCommune withPerson(String personId, UnionMembership... unions) {
        submit(RegisterPerson.builder().actor(PROVINCE).unitCode(A_XAN).occurredOn(REGISTERED_ON)
                .personId(personId).fullName("Bh'riu Văn Tín").sex(Sex.MALE).birthYear(1970).addUnions(unions)
                .addRoles(org.ketnghia.core.participant.PersonRole.OTHER)
                .build());
        return this;
    }

    static FoundGroup.Builder group(String groupId, String... members) {
        FoundGroup.Builder builder = FoundGroup.builder();
        builder.actor(PROVINCE).unitCode(A_XAN).occurredOn(FOUNDED_ON).groupId(groupId).name("Tổ chăn nuôi dê thôn A Ur")
                .species(Species.GOAT).decisionReference("QĐ 45/QĐ-UBND").publicVoteOn(VOTED_ON)
                .charterReference("Quy chế tổ 01/2021").passOnPolicy(FIRST_FEMALE)
                .addLeaders(GroupLeader.household(LEADER, "CK-L"));
        for (int i = 0; i < members.length; i++) {
            builder.addMembers(GroupMember.of(members[i], i == 0 ? GroupRole.DEPUTY_SECRETARY : GroupRole.MEMBER,
                    "CK-" + members[i]));
        }
        return builder;
    }

    static PurchasedAnimal goat(String tag, AnimalSex sex) {
        return PurchasedAnimal.builder().earTag(tag).species(Species.GOAT).sex(sex).ageMonths(10).weightKg(18)
                .healthCertificate("KD-" + tag).price(GOAT_PRICE).build();
    }

    /** Goats G01…G{count}: the fifth of every five is male. */
    static List<PurchasedAnimal> goats(int count) {
        List<PurchasedAnimal> goats = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            goats.add(goat(String.format("G%02d", i), i % 5 == 0 ? AnimalSex.MALE : AnimalSex.FEMALE));
        }
        return goats;
    }

    static PurchasedAnimal goat(String tag, Money price) {
        return PurchasedAnimal.builder().from(goat(tag, AnimalSex.FEMALE)).price(price).build();
    }

    static RecordPurchaseLot lot(String lotId, List<PurchasedAnimal> animals) {
        return RecordPurchaseLot.builder().actor(PROVINCE).unitCode(A_XAN).occurredOn(BOUGHT_ON).lotId(lotId)
                .groupId(GROUP).supplier("HTX chăn nuôi Đại Lộc").contractReference("HĐ 12/2021").animals(animals)
                .build();
    }

    static AcceptLot.Builder accept(String lotId, RejectedAnimal... rejected) {
        AcceptLot.Builder builder = AcceptLot.builder();
        builder.actor(PROVINCE).unitCode(A_XAN).occurredOn(ACCEPTED_ON).lotId(lotId).minutesReference("BB-NT-" + lotId)
                .putOversight(OversightParty.SPONSOR, "Sở Tài chính")
                .putOversight(OversightParty.PROVINCIAL_ETHNIC_AFFAIRS, "Ban Dân tộc tỉnh")
                .putOversight(OversightParty.DISTRICT_ETHNIC_AFFAIRS, "Phòng Dân tộc Tây Giang")
                .putOversight(OversightParty.DISTRICT_AGRICULTURE, "Phòng NN&PTNT Tây Giang")
                .addRejected(rejected).paymentReference("PC-" + lotId);
        return builder;
    }

    static HandOverAnimals handOver(LocalDate date, String householdId, Optional<String> from, String... tags) {
        return HandOverAnimals.builder().actor(PROVINCE).unitCode(A_XAN).occurredOn(date).groupId(GROUP)
                .householdId(householdId).fromHouseholdId(from).addEarTags(tags).handoverReference("BB-BG-" + date)
                .build();
    }

    static RecordBirth birth(LocalDate date, String mother, String tag, AnimalSex sex) {
        return RecordBirth.builder().actor(PROVINCE).unitCode(A_XAN).occurredOn(date).motherTag(mother).earTag(tag)
                .sex(sex).build();
    }

    static RecordDeath death(LocalDate date, String tag, Optional<String> vetCertificate) {
        return RecordDeath.builder().actor(PROVINCE).unitCode(A_XAN).occurredOn(date).earTag(tag).diedOn(date)
                .cause("Viêm phổi").vetCertificate(vetCertificate).build();
    }

    static RecordSale sale(LocalDate date, String tag, Optional<String> permission) {
        return RecordSale.builder().actor(PROVINCE).unitCode(A_XAN).occurredOn(date).earTag(tag).buyer("Thương lái")
                .price(Money.ofMillions(3)).permissionReference(permission).build();
    }

    /** Households, funds, the group HN-1…HN-5 and round 1: HN-1 gets G01–G05, HN-2 gets G06–G10. */
    LivestockCommune throughRoundOne() {
        return throughRoundOne(FIRST_FEMALE);
    }

    /** As {@link #throughRoundOne()}, the group's charter naming {@code policy}. */
    LivestockCommune throughRoundOne(PassOnPolicy policy) {
        withHouseholds().withFunds(RECEIVED);
        submit(group(GROUP, "HN-1", "HN-2", "HN-3", "HN-4", "HN-5").passOnPolicy(policy).build());
        submit(lot("LO-1", goats(11)));
        submit(accept("LO-1", RejectedAnimal.of("G11", "Gầy yếu, không đạt trọng lượng")).build());
        submit(handOver(HANDED_ON, "HN-1", Optional.empty(), "G01", "G02", "G03", "G04", "G05"));
        submit(handOver(HANDED_ON, "HN-2", Optional.empty(), "G06", "G07", "G08", "G09", "G10"));
        return this;
    }
}
