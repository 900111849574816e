package org.ketnghia.testing;

import static java.util.Objects.requireNonNull;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.ketnghia.core.admin.AdminLevel;
import org.ketnghia.core.admin.AdministrativeRegistry;
import org.ketnghia.core.admin.AdministrativeUnit;
import org.ketnghia.core.admin.ParentLink;
import org.ketnghia.core.admin.UnitKind;
import org.ketnghia.core.funding.FundingSourceKind;
import org.ketnghia.core.funding.MakePledge;
import org.ketnghia.core.funding.RecordReceipt;
import org.ketnghia.core.funding.RegisterFundingSource;
import org.ketnghia.core.ledger.Actor;
import org.ketnghia.core.ledger.EventEnvelope;
import org.ketnghia.core.ledger.Ledger;
import org.ketnghia.core.money.Money;
import org.ketnghia.core.participant.HouseholdMember;
import org.ketnghia.core.participant.HouseholdRelation;
import org.ketnghia.core.participant.RecordPovertyStatus;
import org.ketnghia.core.participant.RegisterHousehold;
import org.ketnghia.core.participant.Sex;
import org.ketnghia.core.participant.poverty.PovertyCategory;
import org.ketnghia.core.twinning.RegisterSponsor;
import org.ketnghia.core.twinning.SignAgreement;
import org.ketnghia.core.twinning.Sponsor;
import org.ketnghia.core.twinning.SponsorKind;
import org.ketnghia.core.twinning.TwinningAgreement;

/**
 * Builders for what every programme test records (<i>dữ liệu mẫu</i>): sponsors with their funding source,
 * twinning agreements, households with members and a poverty status, pledges and the money received on them.
 * Every field has a sensible default and every default can be overridden; {@code record()} submits the
 * commands through the ledger, so the test sees exactly what a host would. Villages, which reference data
 * rarely hold, are added to a province's units with {@link #withVillages}.
 *
 * <p>Dates default to the ledger clock's today; the recording actor to the provincial Committee for Ethnic
 * Affairs ({@link Fixtures#PROVINCE}). Not thread-safe; one per test.
 */
public final class ProgrammeFixtures {

    private final Ledger ledger;
    private final Clock clock;

    /** Fixtures recording into {@code ledger}, dated by {@code clock}. */
    public ProgrammeFixtures(Ledger ledger, Clock clock) {
        this.ledger = requireNonNull(ledger, "ledger");
        this.clock = requireNonNull(clock, "clock");
    }

    /**
     * {@code units} with villages (<i>thôn</i>) added under their communes, e.g. {@code
     * withVillages(units, "QNA.TAY-GIANG.A-XAN.THON-1", "QNA.TAY-GIANG.A-XAN.THON-2")}: each code is its
     * commune's code followed by a segment; its name is that segment. A village of a commune that ceased
     * follows it to its single successor.
     */
    public static AdministrativeRegistry withVillages(AdministrativeRegistry units, String... villageCodes) {
        List<AdministrativeUnit> villages = new ArrayList<>();
        for (String code : villageCodes) {
            String commune = code.substring(0, code.lastIndexOf('.'));
            List<ParentLink> parents = new ArrayList<>();
            AdministrativeUnit communeUnit = units.unit(commune)
                    .orElseThrow(() -> new IllegalArgumentException("no commune " + commune + " for village " + code));
            Optional<LocalDate> end = communeUnit.validTo();
            if (end.isPresent() && units.unitInForce(commune, end.get().plusDays(1)).isPresent()) {
                String successor = units.unitInForce(commune, end.get().plusDays(1)).get().code();
                parents.add(ParentLink.to(commune, org.ketnghia.core.admin.Validity.endingOn(end.get())));
                parents.add(ParentLink.to(successor, org.ketnghia.core.admin.Validity.startingOn(end.get().plusDays(1))));
            } else {
                parents.add(ParentLink.to(commune, org.ketnghia.core.admin.Validity.of(Optional.empty(), Optional.empty())));
            }
            villages.add(AdministrativeUnit.builder().code(code).name(code.substring(code.lastIndexOf('.') + 1))
                    .kind(UnitKind.VILLAGE).levelId(AdminLevel.VILLAGE).parents(parents).build());
        }
        return units.withUnits(villages);
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    /** The province unit in force today (the first, if the units hold several). */
    private String province(LocalDate on) {
        return ledger.administrativeUnits().unitsAsOf(on).stream().filter(unit -> AdminLevel.PROVINCE.equals(unit.levelId()))
                .map(AdministrativeUnit::code).findFirst()
                .orElseThrow(() -> new IllegalStateException("the units hold no province in force on " + on));
    }

    /** A sponsor (<i>đơn vị kết nghĩa</i>) and its funding source {@code "nguon-<id>"}. */
    public SponsorFixture sponsor(String id) {
        return new SponsorFixture(id);
    }

    /** A twinning agreement of {@code recipientUnitCode} with the sponsors given. */
    public AgreementFixture agreement(String id, String recipientUnitCode) {
        return new AgreementFixture(id, recipientUnitCode);
    }

    /** A household of {@code villageCode} in {@code communeCode}, poor by default. */
    public HouseholdFixture household(String id, String villageCode, String communeCode) {
        return new HouseholdFixture(id, villageCode, communeCode);
    }

    /** A pledge (<i>cam kết hỗ trợ</i>) of a sponsor to a commune's fund for a model. */
    public PledgeFixture pledge(String id, String sponsorId, String communeCode, String modelId) {
        return new PledgeFixture(id, sponsorId, communeCode, modelId);
    }

    /** A sponsor being built. */
    public final class SponsorFixture {
        private final String id;
        private String name;
        private SponsorKind kind = SponsorKind.DEPARTMENT;
        private Optional<String> localityUnitCode = Optional.empty();
        private LocalDate on = today();
        private Actor actor = Fixtures.PROVINCE;

        private SponsorFixture(String id) {
            this.id = requireNonNull(id, "id");
            this.name = "Đơn vị kết nghĩa " + id;
        }

        /** Its official name. */
        public SponsorFixture named(String value) {
            this.name = requireNonNull(value, "name");
            return this;
        }

        /** A lowland locality of {@code unitCode}. */
        public SponsorFixture locality(String unitCode) {
            this.kind = SponsorKind.LOWLAND_LOCALITY;
            this.localityUnitCode = Optional.of(unitCode);
            return this;
        }

        /** Its kind (default: a provincial department). */
        public SponsorFixture kind(SponsorKind value) {
            this.kind = requireNonNull(value, "kind");
            return this;
        }

        /** The day it is registered (default: today). */
        public SponsorFixture on(LocalDate date) {
            this.on = requireNonNull(date, "date");
            return this;
        }

        /** Who records it. */
        public SponsorFixture by(Actor value) {
            this.actor = requireNonNull(value, "actor");
            return this;
        }

        /** The sponsor's funding source id. */
        public String sourceId() {
            return "nguon-" + id;
        }

        /** Records the sponsor and its funding source; returns the events. */
        public List<EventEnvelope> record() {
            Sponsor.Builder sponsor = Sponsor.builder().id(id).name(name).kind(kind);
            localityUnitCode.ifPresent(sponsor::localityUnitCode);
            String province = province(on);
            List<EventEnvelope> events = new ArrayList<>(ledger.submit(RegisterSponsor.builder().actor(actor).unitCode(province)
                    .occurredOn(on).sponsor(sponsor.build()).build()));
            events.addAll(ledger.submit(RegisterFundingSource.builder().actor(actor).unitCode(province).occurredOn(on)
                    .sourceId(sourceId()).name("Kinh phí kết nghĩa của " + name)
                    .kind(kind == SponsorKind.ENTERPRISE ? FundingSourceKind.ENTERPRISE : FundingSourceKind.SPONSOR)
                    .sponsorId(id).build()));
            return events;
        }
    }

    /** A twinning agreement being built. */
    public final class AgreementFixture {
        private final String id;
        private final String recipientUnitCode;
        private final List<String> sponsorIds = new ArrayList<>();
        private final List<String> modelIds = new ArrayList<>();
        private LocalDate on = today();

        private AgreementFixture(String id, String recipientUnitCode) {
            this.id = requireNonNull(id, "id");
            this.recipientUnitCode = requireNonNull(recipientUnitCode, "recipientUnitCode");
        }

        /** The sponsors (registered before). */
        public AgreementFixture sponsors(String... ids) {
            sponsorIds.addAll(List.of(ids));
            return this;
        }

        /** The pilot models chosen. */
        public AgreementFixture models(String... ids) {
            modelIds.addAll(List.of(ids));
            return this;
        }

        /** The day it takes effect (default: today). */
        public AgreementFixture on(LocalDate date) {
            this.on = requireNonNull(date, "date");
            return this;
        }

        /** Records the agreement. */
        public List<EventEnvelope> record() {
            return ledger.submit(SignAgreement.builder().actor(Fixtures.PROVINCE).unitCode(province(on)).occurredOn(on)
                    .agreement(TwinningAgreement.builder().id(id).recipientUnitCode(recipientUnitCode).validFrom(on)
                            .sponsorIds(sponsorIds).modelIds(modelIds).build())
                    .build());
        }
    }

    /** A household being built. */
    public final class HouseholdFixture {
        private final String id;
        private final String villageCode;
        private final String communeCode;
        private final List<HouseholdMember> members = new ArrayList<>();
        private String ethnicity = "Cơ Tu";
        private PovertyCategory category = PovertyCategory.POOR;
        private int year;
        private LocalDate on = today();

        private HouseholdFixture(String id, String villageCode, String communeCode) {
            this.id = requireNonNull(id, "id");
            this.villageCode = requireNonNull(villageCode, "villageCode");
            this.communeCode = requireNonNull(communeCode, "communeCode");
            this.year = on.getYear();
        }

        /** Its head (default: "Chủ hộ {@code id}", a woman born in 1980). */
        public HouseholdFixture head(String fullName, Sex sex, int birthYear) {
            members.add(0, HouseholdMember.of(fullName, sex, birthYear, HouseholdRelation.HEAD));
            return this;
        }

        /** Another member. */
        public HouseholdFixture member(String fullName, Sex sex, int birthYear, HouseholdRelation relation) {
            members.add(HouseholdMember.of(fullName, sex, birthYear, relation));
            return this;
        }

        /** The main ethnic group (default Cơ Tu). */
        public HouseholdFixture ethnicity(String value) {
            this.ethnicity = requireNonNull(value, "ethnicity");
            return this;
        }

        /** Its poverty category in {@code inYear} (default: poor, this year). */
        public HouseholdFixture category(PovertyCategory value, int inYear) {
            this.category = requireNonNull(value, "category");
            this.year = inYear;
            return this;
        }

        /** The day it is registered and classified (default: today). */
        public HouseholdFixture on(LocalDate date) {
            this.on = requireNonNull(date, "date");
            return this;
        }

        /** Records the household and its poverty status. */
        public List<EventEnvelope> record() {
            List<HouseholdMember> all = new ArrayList<>(members);
            if (all.stream().noneMatch(member -> member.relation() == HouseholdRelation.HEAD)) {
                all.add(0, HouseholdMember.of("Chủ hộ " + id, Sex.FEMALE, 1980, HouseholdRelation.HEAD));
            }
            List<EventEnvelope> events = new ArrayList<>(ledger.submit(RegisterHousehold.builder().actor(Fixtures.PROVINCE)
                    .unitCode(communeCode).occurredOn(on).householdId(id).villageCode(villageCode).ethnicity(ethnicity)
                    .members(all).build()));
            events.addAll(ledger.submit(RecordPovertyStatus.builder().actor(Fixtures.PROVINCE).unitCode(communeCode)
                    .occurredOn(on).householdId(id).year(year).category(category)
                    .basis("Quyết định công nhận hộ nghèo, cận nghèo năm " + year + " (mẫu kiểm thử)").build()));
            return events;
        }
    }

    /** A pledge being built. */
    public final class PledgeFixture {
        private final String id;
        private final String sponsorId;
        private final String communeCode;
        private final String modelId;
        private Money amount = Money.ofMillions(100);
        private LocalDate on = today();
        private final List<Money> receipts = new ArrayList<>();
        private final List<LocalDate> receiptDates = new ArrayList<>();

        private PledgeFixture(String id, String sponsorId, String communeCode, String modelId) {
            this.id = requireNonNull(id, "id");
            this.sponsorId = requireNonNull(sponsorId, "sponsorId");
            this.communeCode = requireNonNull(communeCode, "communeCode");
            this.modelId = requireNonNull(modelId, "modelId");
        }

        /** The amount pledged (default 100 million đồng). */
        public PledgeFixture amount(Money value) {
            this.amount = requireNonNull(value, "amount");
            return this;
        }

        /** The day of the pledge (default: today). */
        public PledgeFixture on(LocalDate date) {
            this.on = requireNonNull(date, "date");
            return this;
        }

        /** An instalment received on {@code date}. */
        public PledgeFixture received(LocalDate date, Money value) {
            receiptDates.add(requireNonNull(date, "date"));
            receipts.add(requireNonNull(value, "value"));
            return this;
        }

        /** The whole amount received on the day of the pledge. */
        public PledgeFixture receivedInFull() {
            return received(on, amount);
        }

        /** Records the pledge and its receipts (the sponsor and its source recorded before). */
        public List<EventEnvelope> record() {
            List<EventEnvelope> events = new ArrayList<>(ledger.submit(MakePledge.builder().actor(Fixtures.PROVINCE)
                    .unitCode(communeCode).occurredOn(on).sponsorId(sponsorId).pledgeId(id).sourceId("nguon-" + sponsorId)
                    .modelId(modelId).amount(amount).build()));
            for (int i = 0; i < receipts.size(); i++) {
                events.addAll(ledger.submit(RecordReceipt.builder().actor(Fixtures.PROVINCE).unitCode(communeCode)
                        .occurredOn(receiptDates.get(i)).receiptId(id + "-thu-" + (i + 1)).pledgeId(id)
                        .amount(receipts.get(i)).build()));
            }
            return events;
        }
    }
}
