package org.ketnghia.core.funding;

import static java.util.Objects.requireNonNull;

import org.ketnghia.core.money.Money;

/**
 * One row of a plan-versus-actual table (<i>kế hoạch và thực hiện</i>), all exact đồng.
 * Immutable.
 *
 * @param key the model id, commune code or sponsor id (or {@link PlanActualTable#UNATTRIBUTED})
 * @param planned planned amount (<i>kế hoạch</i>)
 * @param pledged pledged (<i>cam kết</i>)
 * @param received money received into funds, including cash counterpart (<i>đã nhận</i>)
 * @param inKind value of contributions in kind and labour (<i>hiện vật, ngày công</i>)
 * @param spent spent (<i>đã chi</i>)
 * @param transferredNet balances transferred in minus out between communes (<i>điều chuyển</i>)
 */
public record PlanActualRow(String key, Money planned, Money pledged, Money received, Money inKind, Money spent,
        Money transferredNet) {

    /** Checks that no part is missing. */
    public PlanActualRow {
        requireNonNull(key, "key");
        requireNonNull(planned, "planned");
        requireNonNull(pledged, "pledged");
        requireNonNull(received, "received");
        requireNonNull(inKind, "inKind");
        requireNonNull(spent, "spent");
        requireNonNull(transferredNet, "transferredNet");
    }

    /** Money still in the fund: {@code received + transferredNet − spent} (<i>số dư</i>). */
    public Money balance() {
        return received.plus(transferredNet).minus(spent);
    }

    /** The row that adds this one and {@code other}, under {@code newKey}. */
    public PlanActualRow plus(String newKey, PlanActualRow other) {
        return new PlanActualRow(newKey, planned.plus(other.planned), pledged.plus(other.pledged),
                received.plus(other.received), inKind.plus(other.inKind), spent.plus(other.spent),
                transferredNet.plus(other.transferredNet));
    }

    /** A row of zeros. */
    public static PlanActualRow zero(String key) {
        return new PlanActualRow(key, Money.ZERO, Money.ZERO, Money.ZERO, Money.ZERO, Money.ZERO, Money.ZERO);
    }
}
