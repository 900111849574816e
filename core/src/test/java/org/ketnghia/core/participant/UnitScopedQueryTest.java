package org.ketnghia.core.participant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ketnghia.testing.Participants.A_NONG;
import static org.ketnghia.testing.Participants.A_UR;
import static org.ketnghia.testing.Participants.A_XAN;
import static org.ketnghia.testing.Participants.FIRST_DAY_OF_MERGERS;
import static org.ketnghia.testing.Participants.HUNG_SON;
import static org.ketnghia.testing.Participants.LAST_DAY_OF_DISTRICTS;
import static org.ketnghia.testing.Participants.PA_RONG;
import static org.ketnghia.testing.Participants.TAY_GIANG_COMMUNE;
import static org.ketnghia.testing.Participants.TAY_GIANG_DISTRICT;
import static org.ketnghia.testing.Participants.head;
import static org.ketnghia.testing.Participants.household;

import org.ketnghia.testing.Participants;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ketnghia.core.runtime.KetnghiaRuntime;

class UnitScopedQueryTest {

    private final KetnghiaRuntime runtime = Participants.runtime();

    @BeforeEach
    void registerHouseholds() {
        runtime.ledger().submit(household("HN-AUR-1", A_UR, A_XAN, head("Bríu Thị Hoa", Sex.FEMALE, 1975)).build());
        runtime.ledger().submit(household("HN-AUR-2", A_UR, A_XAN, head("Alăng Văn Bốn", Sex.MALE, 1969)).build());
        runtime.ledger().submit(household("HN-PAR-1", PA_RONG, A_NONG, head("Bhling Thị Mai", Sex.FEMALE, 1983)).build());
    }

    @Test
    void beforeTheMerger_householdsAreWithinTheOldCommuneAndDistrict() {
        assertThat(idsWithin(A_XAN, LAST_DAY_OF_DISTRICTS)).containsExactly("HN-AUR-1", "HN-AUR-2");
        assertThat(idsWithin(A_NONG, LAST_DAY_OF_DISTRICTS)).containsExactly("HN-PAR-1");
        assertThat(idsWithin(TAY_GIANG_DISTRICT, LAST_DAY_OF_DISTRICTS)).containsExactly("HN-AUR-1", "HN-AUR-2", "HN-PAR-1");
        assertThat(idsWithin(HUNG_SON, LAST_DAY_OF_DISTRICTS)).isEmpty();
    }

    @Test
    void fromTheMerger_householdsAreWithinTheNewCommunes() {
        assertThat(idsWithin(HUNG_SON, FIRST_DAY_OF_MERGERS)).containsExactly("HN-AUR-1", "HN-AUR-2");
        assertThat(idsWithin(TAY_GIANG_COMMUNE, FIRST_DAY_OF_MERGERS)).containsExactly("HN-PAR-1");
        assertThat(idsWithin("DNG", FIRST_DAY_OF_MERGERS)).hasSize(3);
        assertThat(idsWithin(A_XAN, FIRST_DAY_OF_MERGERS)).isEmpty();
        assertThat(idsWithin(TAY_GIANG_DISTRICT, FIRST_DAY_OF_MERGERS)).isEmpty();
    }

    @Test
    void villageQuery_findsOnlyItsHouseholds() {
        assertThat(idsWithin(PA_RONG, LocalDate.of(2026, 1, 1))).containsExactly("HN-PAR-1");
    }

    private List<String> idsWithin(String unitCode, LocalDate date) {
        return runtime.ledger().read(ParticipantRegistry.class,
                registry -> registry.householdsWithin(unitCode, date, runtime.administrativeUnits()))
                .stream().map(Household::id).toList();
    }
}
