package org.ketnghia.core.participant.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.ketnghia.core.participant.Household;
import org.ketnghia.core.participant.HouseholdMember;
import org.ketnghia.core.participant.HouseholdRelation;
import org.ketnghia.core.participant.HouseholdRegistered;
import org.ketnghia.core.participant.Person;
import org.ketnghia.core.participant.PovertyStatus;
import org.ketnghia.core.participant.RegisterHousehold;
import org.ketnghia.core.participant.Sex;

class SensitiveDataTest {

    @Test
    void householdMember_marksBirthYearAndIdNumber() {
        assertThat(SensitiveData.accessorsOf(HouseholdMember.class))
                .extracting(SensitiveAccessor::path, SensitiveAccessor::kinds)
                .containsExactly(
                        tuple("birthYear", Set.of(SensitiveKind.BIRTH_DATE)),
                        tuple("idNumber", Set.of(SensitiveKind.ID_NUMBER)));
    }

    @Test
    void annotationOnTheAbstractType_isFoundOnTheGeneratedImplementation() {
        HouseholdMember member = HouseholdMember.of("Bríu Thị Hoa", Sex.FEMALE, 1975,
                HouseholdRelation.HEAD);

        assertThat(member.getClass()).isNotEqualTo(HouseholdMember.class);
        assertThat(SensitiveData.accessorsOf(member.getClass())).extracting(SensitiveAccessor::path)
                .containsExactly("birthYear", "idNumber");
    }

    @Test
    void nestedPersonalData_isReachableFromTheEventThatCarriesIt() {
        assertThat(SensitiveData.reachableFrom(HouseholdRegistered.class)).extracting(SensitiveAccessor::path)
                .contains("household.ethnicityCode", "household.isEthnicMinority", "household.members.birthYear",
                        "household.members.idNumber", "household.head.idNumber");
        assertThat(SensitiveData.reachableFrom(RegisterHousehold.class)).extracting(SensitiveAccessor::path)
                .contains("ethnicity", "members.birthYear", "members.idNumber");
    }

    @Test
    void theValueTypesAPayloadCanHold_areReachableFromIt_throughCollections_withoutEnumsOrItself() {
        assertThat(SensitiveData.reachableTypes(HouseholdRegistered.class)).contains(Household.class, HouseholdMember.class)
                .doesNotContain(HouseholdRegistered.class, HouseholdRelation.class, Sex.class).doesNotHaveDuplicates();
        assertThat(SensitiveData.reachableTypes(RegisterHousehold.class)).contains(HouseholdMember.class)
                .doesNotContain(Household.class);
    }

    @Test
    void incomeAndDeprivations_areMarkedOnThePovertyStatus() {
        assertThat(SensitiveData.accessorsOf(PovertyStatus.class)).singleElement().satisfies(accessor -> {
            assertThat(accessor.path()).isEqualTo("classification");
            assertThat(accessor.kinds()).containsExactlyInAnyOrder(SensitiveKind.INCOME, SensitiveKind.DEPRIVATION);
        });
    }

    @Test
    void personAndHousehold_carryPersonalData() {
        assertThat(SensitiveData.accessorsOf(Person.class)).extracting(SensitiveAccessor::path)
                .containsExactly("birthYear", "ethnicityCode", "idNumber");
        assertThat(SensitiveData.carriesPersonalData(Household.class)).isTrue();
    }

    @Test
    void accessorNames_listsOnlyValueAccessors() {
        record Plain(String name, int count) {
        }

        assertThat(SensitiveData.accessorNames(Plain.class)).containsExactly("count", "name");
        assertThat(SensitiveData.carriesPersonalData(Plain.class)).isFalse();
    }
}
