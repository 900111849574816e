package org.ketnghia.livestock;

import java.time.LocalDate;
import java.util.Optional;
import org.ketnghia.core.ledger.Actor;
import org.ketnghia.core.money.Money;
import org.ketnghia.livestock.group.AddGroupMembers;
import org.ketnghia.livestock.group.GroupMember;
import org.ketnghia.livestock.group.GroupRole;
import org.ketnghia.livestock.herd.CorrectSale;
import org.ketnghia.livestock.herd.ReverseBirth;
import org.ketnghia.livestock.herd.ReverseDeath;
import org.ketnghia.livestock.herd.TransferAnimals;

/** Builders of the correction commands for the tests: the province records for A Xan unless told otherwise. */
final class Corrections {

    private Corrections() {
    }

    static AddGroupMembers addMembers(Actor actor, LocalDate date, String groupId, String... householdIds) {
        AddGroupMembers.Builder builder = AddGroupMembers.builder().actor(actor).unitCode(LivestockCommune.A_XAN)
                .occurredOn(date).groupId(groupId).decisionReference("QĐ 77/QĐ-UBND bổ sung thành viên");
        for (String householdId : householdIds) {
            builder.addMembers(GroupMember.of(householdId, GroupRole.MEMBER, "CK-" + householdId));
        }
        return builder.build();
    }

    static TransferAnimals transfer(Actor actor, LocalDate date, String toGroupId, Optional<String> toHousehold,
            String... earTags) {
        return TransferAnimals.builder().actor(actor).unitCode(LivestockCommune.A_XAN).occurredOn(date)
                .toGroupId(toGroupId).toHouseholdId(toHousehold).addEarTags(earTags)
                .reason("Tổ nhận thiếu con giống, UBND xã điều chuyển").minutesReference("BB-DC-" + date).build();
    }

    static ReverseBirth reverseBirth(Actor actor, LocalDate date, String earTag) {
        return ReverseBirth.builder().actor(actor).unitCode(LivestockCommune.A_XAN).occurredOn(date).earTag(earTag)
                .reason("Ghi nhầm: dê mẹ chưa sinh").correctionReference("BB-DCH-" + earTag).build();
    }

    static ReverseDeath reverseDeath(Actor actor, LocalDate date, String earTag) {
        return ReverseDeath.builder().actor(actor).unitCode(LivestockCommune.A_XAN).occurredOn(date).earTag(earTag)
                .reason("Ghi nhầm số tai: con này vẫn sống").correctionReference("BB-DCH-" + earTag).build();
    }

    static CorrectSale correctSale(Actor actor, LocalDate date, String earTag, Optional<Money> price,
            Optional<LocalDate> soldOn) {
        return CorrectSale.builder().actor(actor).unitCode(LivestockCommune.A_XAN).occurredOn(date).earTag(earTag)
                .price(price).soldOn(soldOn).reason("Ghi sai giá bán theo hợp đồng mua bán")
                .correctionReference("BB-DCH-" + earTag).build();
    }
}
