package org.ketnghia.core.inspection;

import java.time.LocalDate;
import java.util.List;
import org.ketnghia.core.ledger.Actor;
import org.ketnghia.core.ledger.EventStore;
import org.ketnghia.core.ledger.Ledger;
import org.ketnghia.core.runtime.KetnghiaRuntime;
import org.ketnghia.core.twinning.RegisterSponsor;
import org.ketnghia.core.twinning.Sponsor;
import org.ketnghia.core.twinning.SponsorKind;
import org.ketnghia.testing.Fixtures;
import org.ketnghia.testing.Participants;

/** A ledger with two sponsors, and commands for the inspection tests (A Xan, Tây Giang, 2024). */
final class InspectionFixtures {

    static final String QUANG_NAM = "QNA";
    static final String TAY_GIANG_DISTRICT = Participants.TAY_GIANG_DISTRICT;
    static final String NAM_GIANG_DISTRICT = "QNA.NAM-GIANG";
    static final String A_XAN = Participants.A_XAN;
    static final String DANG = "QNA.TAY-GIANG.DANG";
    static final String A_UR = Participants.A_UR;
    static final String HUNG_SON = Participants.HUNG_SON;
    static final String FINANCE = "so-tai-chinh";
    static final String HEALTH = "so-y-te";
    static final LocalDate VISIT = LocalDate.of(2024, 3, 1);
    static final LocalDate DEADLINE = LocalDate.of(2024, 6, 30);

    static final InspectingBody DISTRICT_BODY =
            InspectingBody.of(InspectingBodyKind.DISTRICT_OFFICE, TAY_GIANG_DISTRICT, "Phòng Dân tộc huyện Tây Giang");
    static final InspectingBody PROVINCE_BODY =
            InspectingBody.of(InspectingBodyKind.PROVINCIAL_COMMITTEE, QUANG_NAM, "Ban Dân tộc tỉnh Quảng Nam");
    static final InspectingBody FINANCE_BODY = InspectingBody.of(InspectingBodyKind.SPONSOR, FINANCE, "Sở Tài chính");

    private InspectionFixtures() {
    }

    static Ledger ledger(EventStore store) {
        Ledger ledger = KetnghiaRuntime.builder().administrativeUnits(Participants.units()).eventStore(store)
                .clock(Fixtures.CLOCK).build().ledger();
        for (String id : List.of(FINANCE, HEALTH)) {
            ledger.submit(RegisterSponsor.builder().actor(Fixtures.PROVINCE).unitCode(QUANG_NAM).occurredOn(VISIT)
                    .sponsor(Sponsor.builder().id(id).name(id).kind(SponsorKind.DEPARTMENT).contactUnit("Văn phòng").build())
                    .build());
        }
        return ledger;
    }

    static Finding goatGroupFinding() {
        return Finding.builder().id("F1").item(ItemRef.of("livestock", "group", "TO-1")).unitCode(A_UR)
                .severity(Severity.MAJOR).descriptionVi("Chuồng dê chưa đạt yêu cầu, 3 con chưa tiêm phòng").build();
    }

    static RequiredAction vaccinate() {
        return RequiredAction.builder().id("A1").findingId("F1").descriptionVi("Tiêm phòng đủ cho đàn dê")
                .responsible("UBND xã A Xan").deadline(DEADLINE).build();
    }

    /** A check of A Xan by the Tây Giang district office, one finding and one action due 30 June 2024. */
    static RecordInspection.Builder check(Actor actor, String inspectionId) {
        RecordInspection.Builder builder = RecordInspection.builder();
        builder.actor(actor).unitCode(A_XAN).occurredOn(VISIT).inspectionId(inspectionId).kind(InspectionKind.CHECK)
                .body(DISTRICT_BODY).reference("Biên bản số 05/BB-PDT").addFindings(goatGroupFinding()).addActions(vaccinate());
        return builder;
    }

    static CloseAction.Builder close(Actor actor, String inspectionId, String actionId, LocalDate on) {
        CloseAction.Builder builder = CloseAction.builder();
        builder.actor(actor).unitCode(A_XAN).occurredOn(on).inspectionId(inspectionId).actionId(actionId)
                .evidenceReference("Báo cáo số 12/BC-UBND của UBND xã A Xan");
        return builder;
    }

    static RecordInspection recheck(Actor actor, String inspectionId, String original, LocalDate on) {
        return RecordInspection.builder().actor(actor).unitCode(A_XAN).occurredOn(on).inspectionId(inspectionId)
                .kind(InspectionKind.RE_CHECK).body(DISTRICT_BODY).recheckOf(original).build();
    }

    static ReviewClosure.Builder confirm(Actor actor, String recheckId, LocalDate on) {
        ReviewClosure.Builder builder = ReviewClosure.builder();
        builder.actor(actor).unitCode(A_XAN).occurredOn(on).inspectionId("KT-1").actionId("A1")
                .recheckInspectionId(recheckId).outcome(RecheckOutcome.CONFIRMED);
        return builder;
    }
}
