package org.ketnghia.testing.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.ketnghia.core.error.CoreErrorCode;
import org.ketnghia.core.error.ErrorCode;
import org.ketnghia.core.ledger.Command;
import org.ketnghia.core.spi.PilotModel;
import org.ketnghia.testing.Fixtures;

/** The contract can fail: each bug of a deliberately broken model is caught, with a message that says what to fix. */
class BrokenModelContractTest {

    private static final LocalDate ON = LocalDate.of(2024, 3, 1);
    private static final String A_XAN = "QNA.TAY-GIANG.A-XAN";

    /** The contract for one broken model: two items accepted, a zero quantity refused. */
    private static PilotModelContract contractOf(BrokenModel.Bug bug) {
        return contractOf(bug, CoreErrorCode.VALUE_OUT_OF_RANGE);
    }

    private static PilotModelContract contractOf(BrokenModel.Bug bug, CoreErrorCode expected) {
        return new PilotModelContract() {
            @Override
            protected PilotModel model() {
                return new BrokenModel(bug);
            }

            @Override
            protected List<Command> acceptedCommands() {
                return List.of(new BrokenModel.Record(Fixtures.PROVINCE, A_XAN, ON, "a", 2),
                        new BrokenModel.Record(Fixtures.PROVINCE, A_XAN, ON, "b", 3));
            }

            @Override
            protected List<Refusal> refusals() {
                return List.of(Refusal.of(new BrokenModel.Record(Fixtures.PROVINCE, A_XAN, ON, "c", 0),
                        expected));
            }

            @Override
            protected List<? extends ErrorCode> errorCodes() {
                return List.of();
            }
        };
    }

    @Test
    void anEventWhoseJsonDropsAField_isCaught_namingTheEventAndTheJson() {
        ContractRun run = ContractRun.of(contractOf(BrokenModel.Bug.EVENT_JSON_DROPS_A_FIELD));

        assertThat(run.failure("recorded events round-trip").getMessage())
                .contains("LossyRecorded", "a field is lost or renamed", "{\"type\":\"broken.lossy-recorded\",\"itemId\":\"a\"}");
        assertThat(run.failed()).hasSize(1);
    }

    @Test
    void aHandlerThatChangesAProjectionBeforeRefusing_isCaught_namingTheProjection() {
        ContractRun run = ContractRun.of(contractOf(BrokenModel.Bug.HANDLER_CHANGES_STATE_ON_REFUSAL));

        assertThat(run.failure("a refused command appends nothing").getMessage())
                .contains("projection Taken", "a handler changed it outside apply()", "[\"a\", \"b\"]");
        assertThat(run.failed()).as("the projection stays wrong for the checks after it").containsOnlyKeys(
                "ledger / a refused command appends nothing and changes no projection",
                "ledger / projections rebuilt from the store equal the live ones");
    }

    @Test
    void aHandlerThatRecordsWhatItShouldRefuse_isCaught() {
        ContractRun run = ContractRun.of(contractOf(BrokenModel.Bug.HANDLER_ACCEPTS_WHAT_IT_SHOULD_REFUSE));

        assertThat(run.failure("a refused command appends nothing").getMessage())
                .contains("was accepted, but refusals() says the model must refuse it with VALUE_OUT_OF_RANGE", "quantity=0");
        assertThat(run.failed()).hasSize(1);
    }

    @Test
    void aRefusalForAnotherReasonThanTheSampleSays_isCaught_namingBothCodes() {
        ContractRun run = ContractRun.of(contractOf(BrokenModel.Bug.EVENT_JSON_DROPS_A_FIELD, CoreErrorCode.VALUE_DUPLICATE));

        assertThat(run.failure("a refused command appends nothing").getMessage())
                .contains("names VALUE_DUPLICATE", "VALUE_OUT_OF_RANGE");
    }
}
