package org.ketnghia.livestock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.InputStream;
import org.junit.jupiter.api.Test;
import org.ketnghia.core.error.KetnghiaException;
import org.ketnghia.core.funding.BudgetEstimate;
import org.ketnghia.core.json.KetnghiaJson;
import org.ketnghia.core.money.Money;
import org.ketnghia.core.spi.PilotModelContext;
import org.ketnghia.core.spi.PlanSection;
import org.ketnghia.testing.Fixtures;
import org.ketnghia.livestock.programme.LivestockProgramme;

/** The model's budget for the Quảng Nam plan is computed from the configuration: 9 billion đồng. */
class BudgetTest {

    private final ObjectMapper mapper = KetnghiaJson.newObjectMapper();
    private final PilotModelContext context = PilotModelContext.of(Fixtures.QUANG_NAM, Fixtures.CLOCK);

    @Test
    void quangNamPlan_costsExactlyNineBillion_sixForCattleAndThreeForGoats() throws Exception {
        BudgetEstimate estimate = new LivestockModel(LivestockProgramme.quangNam2021()).estimateBudget(section(plan()), context).orElseThrow();

        assertThat(estimate.total()).isEqualTo(Money.ofDong(9_000_000_000L));
        assertThat(estimate.lines()).hasSize(6);
        assertThat(estimate.totalsByUnit()).containsEntry("QNA.NAM-GIANG", Money.ofDong(2_000_000_000L))
                .containsEntry("QNA.TAY-GIANG", Money.ofDong(1_000_000_000L));
        LivestockProgramme programme = LivestockProgramme.quangNam2021();
        assertThat(programme.budgetFor(Species.CATTLE)).isEqualTo(Money.ofDong(6_000_000_000L));
        assertThat(programme.budgetFor(Species.GOAT)).isEqualTo(Money.ofDong(3_000_000_000L));
        assertThat(programme.targetHead(Species.CATTLE)).isEqualTo(300);
        assertThat(programme.targetHouseholds(Species.CATTLE)).isEqualTo(150);
        assertThat(programme.targetHead(Species.GOAT)).isEqualTo(750);
        assertThat(programme.targetHouseholds(Species.GOAT)).isEqualTo(150);
    }

    @Test
    void changingThePrice_changesTheBudget_becauseItIsComputed() throws Exception {
        ObjectNode plan = plan();
        ((ObjectNode) plan.get("packages").get(1)).put("unitPrice", 5_000_000);

        BudgetEstimate estimate = new LivestockModel(LivestockProgramme.quangNam2021()).estimateBudget(section(plan), context).orElseThrow();

        assertThat(estimate.total()).isEqualTo(Money.ofDong(6_000_000_000L + 750L * 5_000_000L));
    }

    @Test
    void invalidPlan_listsEveryProblem() throws Exception {
        ObjectNode plan = plan();
        ObjectNode tayGiang = (ObjectNode) plan.get("districts").get(0);
        tayGiang.put("targetHead", 200);
        tayGiang.putArray("pilotCommunes").add("QNA.TAY-GIANG.A-XAN").add("QNA.TAY-GIANG.CHOM").add("QNA.NAM-GIANG.LA-EE");
        tayGiang.putArray("exceptions").addObject().put("communeCode", "QNA.TAY-GIANG.A-XAN").put("species", "CATTLE")
                .put("justification", " ");

        assertThatThrownBy(() -> new LivestockModel(LivestockProgramme.quangNam2021()).estimateBudget(section(plan), context))
                .isInstanceOfSatisfying(KetnghiaException.class, e -> assertThat(e.problems()).extracting(p -> p.field())
                        .contains("districts[0].targetHead", "districts[0].pilotCommunes",
                                "districts[0].pilotCommunes[2]", "districts[0].exceptions[0].justification"));
    }

    @Test
    void shippedConfiguration_hasNoProblem() {
        assertThat(LivestockProgramme.quangNam2021().problems(Fixtures.QUANG_NAM)).isEmpty();
    }

    private ObjectNode plan() throws Exception {
        try (InputStream in = getClass().getResourceAsStream("/org/ketnghia/livestock/quang-nam-2021.json")) {
            return (ObjectNode) mapper.readTree(in);
        }
    }

    private static PlanSection section(JsonNode content) {
        return new PlanSection(LivestockModel.ID, "models.livestock", content);
    }
}
