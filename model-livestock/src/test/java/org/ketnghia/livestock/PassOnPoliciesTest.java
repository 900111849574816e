package org.ketnghia.livestock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.ketnghia.core.error.KetnghiaException;
import org.ketnghia.core.json.KetnghiaJson;
import org.ketnghia.core.money.Money;
import org.ketnghia.livestock.passon.DeathHandling;
import org.ketnghia.livestock.passon.PassOnKind;
import org.ketnghia.livestock.passon.PassOnPolicies;
import org.ketnghia.livestock.passon.PassOnPolicy;

/** The shipped pass-on policies and a host's own in JSON. */
class PassOnPoliciesTest {

    @Test
    void threePoliciesShip() {
        PassOnPolicies standard = PassOnPolicies.standard();

        assertThat(standard.policies()).extracting(PassOnPolicy::id).containsExactly(
                PassOnPolicies.FIRST_FEMALE_OFFSPRING, PassOnPolicies.FIRST_CALF_ANY_SEX, PassOnPolicies.MOTHER_RETURNED);
        assertThat(standard.require(PassOnPolicies.FIRST_FEMALE_OFFSPRING).offspringSex()).contains(AnimalSex.FEMALE);
        assertThat(standard.require(PassOnPolicies.FIRST_CALF_ANY_SEX).offspringSex()).isEmpty();
        PassOnPolicy mother = standard.require(PassOnPolicies.MOTHER_RETURNED);
        assertThat(mother.kind()).isEqualTo(PassOnKind.MOTHER);
        assertThat(mother.minimumAgeMonths()).isEqualTo(6);
    }

    @Test
    void hostPolicy_loadsFromJson_withCashAlternative() {
        String json = """
                [{"id": "goat-kid-after-second-kidding", "nameVi": "Một dê con sau lứa thứ hai",
                  "nameEn": "One kid after the second kidding", "offspringOrdinal": 2, "minimumAgeMonths": 4,
                  "deadlineMonths": 24, "cashAlternative": 5000000, "deathHandling": "GROUP_POOL_REPLACES"}]
                """;

        PassOnPolicies host = PassOnPolicies.fromJson(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)),
                KetnghiaJson.newObjectMapper());

        PassOnPolicy policy = host.require("goat-kid-after-second-kidding");
        assertThat(policy.offspringOrdinal()).isEqualTo(2);
        assertThat(policy.cashAlternative()).contains(Money.ofMillions(5));
        assertThat(policy.deathHandling()).isEqualTo(DeathHandling.GROUP_POOL_REPLACES);
        assertThat(PassOnPolicies.standard().with(host).policies()).hasSize(4);
    }

    @Test
    void invalidHostPolicies_reportEveryProblem() {
        String json = """
                [{"id": "Bad Id", "nameVi": "x", "nameEn": "x", "count": 0, "minimumAgeMonths": 6, "deadlineMonths": 3}]
                """;

        assertThatThrownBy(() -> PassOnPolicies.fromJson(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)),
                KetnghiaJson.newObjectMapper())).isInstanceOfSatisfying(KetnghiaException.class,
                        e -> assertThat(e.problems()).extracting(p -> p.field())
                                .contains("[0].id", "[0].count", "[0].deadlineMonths"));
    }

    @Test
    void unknownPolicy_isRefusedWithACode() {
        assertThatThrownBy(() -> PassOnPolicies.standard().require("none")).isInstanceOfSatisfying(KetnghiaException.class,
                e -> assertThat(e.code()).isEqualTo(LivestockErrorCode.LIVESTOCK_POLICY_UNKNOWN));
    }
}
