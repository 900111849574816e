package org.ketnghia.core.twinning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ketnghia.core.twinning.TwinningFixtures.AVUONG;
import static org.ketnghia.core.twinning.TwinningFixtures.A_XAN;
import static org.ketnghia.core.twinning.TwinningFixtures.HUNG_SON;
import static org.ketnghia.core.twinning.TwinningFixtures.IN_2021;
import static org.ketnghia.core.twinning.TwinningFixtures.IN_2022;
import static org.ketnghia.core.twinning.TwinningFixtures.IN_2026;
import static org.ketnghia.core.twinning.TwinningFixtures.TAY_GIANG_COMMUNE;
import static org.ketnghia.core.twinning.TwinningFixtures.TAY_GIANG_DISTRICT;
import static org.ketnghia.core.twinning.TwinningFixtures.department;
import static org.ketnghia.core.twinning.TwinningFixtures.register;
import static org.ketnghia.core.twinning.TwinningFixtures.runtime;
import static org.ketnghia.core.twinning.TwinningFixtures.sign;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.ketnghia.core.ledger.InMemoryEventStore;
import org.ketnghia.core.ledger.Ledger;

/**
 * The 2-of-4 check against an independent oracle: a hand-written table of which communes each
 * recipient stands for in 2022 and in 2026.
 */
class TwoOfFourRulePropertiesTest {

    private static final String DANG = "QNA.TAY-GIANG.DANG";
    private static final String CHOM = "QNA.TAY-GIANG.CHOM";
    private static final List<String> TAY_GIANG_2022 = List.of("QNA.TAY-GIANG.A-NONG", "QNA.TAY-GIANG.A-TIENG",
            "QNA.TAY-GIANG.A-VUONG", A_XAN, "QNA.TAY-GIANG.BHA-LEE", CHOM, DANG, "QNA.TAY-GIANG.GA-RI",
            "QNA.TAY-GIANG.LANG", "QNA.TAY-GIANG.TRHY");
    private static final Map<String, List<String>> COMMUNES_2022 = Map.of(
            TAY_GIANG_DISTRICT, TAY_GIANG_2022, A_XAN, List.of(A_XAN), DANG, List.of(DANG), CHOM, List.of(CHOM));
    private static final Map<String, List<String>> COMMUNES_2026 = Map.of(
            TAY_GIANG_DISTRICT, List.of(AVUONG, HUNG_SON, TAY_GIANG_COMMUNE), A_XAN, List.of(HUNG_SON),
            DANG, List.of(TAY_GIANG_COMMUNE), CHOM, List.of(HUNG_SON));
    private static final List<String> SPONSORS = List.of("so-tai-chinh", "so-y-te", "so-xay-dung");

    record Planned(String recipient, String sponsorId, Set<String> models) {
    }

    @Provide
    Arbitrary<List<Planned>> agreements() {
        Arbitrary<String> recipient = Arbitraries.of(TAY_GIANG_DISTRICT, A_XAN, DANG, CHOM);
        Arbitrary<String> sponsor = Arbitraries.of(SPONSORS);
        Arbitrary<Set<String>> models = Arbitraries.of(StandardModels.LIVESTOCK, StandardModels.STARTUP,
                StandardModels.TRAINING, StandardModels.VILLAGE, "fish-farming").set().ofMinSize(1).ofMaxSize(3);
        // a sponsor has one agreement at a time with a recipient (TWINNING_OVERLAPPING_AGREEMENT): distinct pairs
        return Combinators.combine(recipient, sponsor, models).as(Planned::new).list().ofMinSize(1).ofMaxSize(8)
                .uniqueElements(p -> p.recipient() + " " + p.sponsorId());
    }

    @Property(tries = 60)
    void violatingCommunes_areExactlyThoseWhoseSponsorsPooledFewerThanTwoStandardModels(
            @ForAll("agreements") List<Planned> planned) {
        Ledger ledger = runtime(new InMemoryEventStore()).ledger();
        SPONSORS.forEach(id -> ledger.submit(register(department(id, id))));
        for (int i = 0; i < planned.size(); i++) {
            Planned p = planned.get(i);
            ledger.submit(sign(TwinningAgreement.builder().id("kn-" + i).recipientUnitCode(p.recipient()).validFrom(IN_2021)
                    .sponsorIds(List.of(p.sponsorId())).modelIds(new ArrayList<>(new TreeSet<>(p.models()))).build()));
        }

        assertThat(TwoOfFourRule.standard().check(ledger, IN_2022).violatingCommuneCodes())
                .containsExactlyElementsOf(expectedViolations(planned, COMMUNES_2022));
        assertThat(TwoOfFourRule.standard().check(ledger, IN_2026).violatingCommuneCodes())
                .containsExactlyElementsOf(expectedViolations(planned, COMMUNES_2026));
        assertThat(TwoOfFourRule.standard().check(ledger, IN_2026).checkedCommuneCodes())
                .containsExactlyElementsOf(covered(planned, COMMUNES_2026));
    }

    private static List<String> expectedViolations(List<Planned> planned, Map<String, List<String>> communesOf) {
        Map<String, Set<String>> pooled = new HashMap<>();
        for (Planned p : planned) {
            for (String commune : communesOf.get(p.recipient())) {
                pooled.computeIfAbsent(commune, c -> new HashSet<>()).addAll(p.models());
            }
        }
        Set<String> violating = new TreeSet<>();
        pooled.forEach((commune, models) -> {
            if (models.stream().filter(StandardModels::isStandard).count() < 2) {
                violating.add(commune);
            }
        });
        return List.copyOf(violating);
    }

    private static List<String> covered(List<Planned> planned, Map<String, List<String>> communesOf) {
        Set<String> covered = new TreeSet<>();
        planned.forEach(p -> covered.addAll(communesOf.get(p.recipient())));
        return List.copyOf(covered);
    }
}
