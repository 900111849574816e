package org.ketnghia.core.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.annotation.JsonTypeName;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.ketnghia.core.error.KetnghiaException;
import org.ketnghia.core.error.Problem;
import org.ketnghia.testing.demo.ItemRecorded;

class JsonTypeRegistryTest {

    @JsonTypeName("")
    interface Blank extends LedgerEvent {
    }

    @JsonTypeName("NoNamespace")
    interface Malformed extends LedgerEvent {
    }

    @JsonTypeName(ItemRecorded.TYPE)
    interface Clash extends LedgerEvent {
    }

    interface Unnamed extends LedgerEvent {
    }

    @Test
    void everyBadTypeId_isReportedAtOnce() {
        assertThatThrownBy(() -> JsonTypeRegistry.of(List.of(ItemRecorded.class, Blank.class, Malformed.class, Clash.class,
                Unnamed.class)))
                .isInstanceOfSatisfying(KetnghiaException.class, e -> assertThat(e.problems())
                        .extracting(Problem::code)
                        .containsExactly(LedgerErrorCode.LEDGER_TYPE_ID_INVALID, LedgerErrorCode.LEDGER_TYPE_ID_INVALID,
                                LedgerErrorCode.LEDGER_TYPE_ID_DUPLICATE, LedgerErrorCode.LEDGER_TYPE_ID_MISSING));
    }

    @Test
    void typeId_isFoundThroughGeneratedSubclasses() {
        assertThat(JsonTypeRegistry.typeIdOf(ItemRecorded.of("a", 1, org.ketnghia.core.money.Money.ZERO).getClass()))
                .isEqualTo("demo.item-recorded");
    }
}
