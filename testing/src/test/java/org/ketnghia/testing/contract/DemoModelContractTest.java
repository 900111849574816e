package org.ketnghia.testing.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ketnghia.testing.Fixtures.PROVINCE;
import static org.ketnghia.testing.Fixtures.recordItem;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.ketnghia.core.error.CoreErrorCode;
import org.ketnghia.core.error.ErrorCode;
import org.ketnghia.core.ledger.Command;
import org.ketnghia.core.spi.PilotModel;
import org.ketnghia.testing.demo.DemoModel;

/** The demonstration model passes the contract: the smallest model that does. */
class DemoModelContractTest extends PilotModelContract {

    static final String A_XAN = "QNA.TAY-GIANG.A-XAN";
    static final LocalDate ON = LocalDate.of(2024, 3, 1);

    @Override
    protected PilotModel model() {
        return new DemoModel();
    }

    @Override
    protected List<Command> acceptedCommands() {
        return List.of(recordItem(PROVINCE, A_XAN, ON, "bo-01", 2), recordItem(PROVINCE, A_XAN, ON, "de-01", 5));
    }

    @Override
    protected List<Refusal> refusals() {
        return List.of(Refusal.of(recordItem(PROVINCE, A_XAN, ON, "bo-01", 1), CoreErrorCode.VALUE_DUPLICATE),
                Refusal.of(recordItem(PROVINCE, A_XAN, ON, "bo-02", 0), CoreErrorCode.VALUE_OUT_OF_RANGE));
    }

    @Override
    protected List<? extends ErrorCode> errorCodes() {
        return List.of();
    }

    @Test
    void everyCheck_passesOrIsSkippedWithItsReason() {
        ContractRun run = ContractRun.of(this);

        assertThat(run.failed()).isEmpty();
        assertThat(run.checks()).isEqualTo(22);
        assertThat(run.skipped()).containsKey("simulation / same seed: identical summaries with 1 and 2 threads")
                .allSatisfy((name, reason) -> assertThat(reason).isNotBlank());
        assertThat(run.passed()).containsKeys("json / recorded events round-trip, payloads and envelopes",
                "ledger / a refused command appends nothing and changes no projection");
    }
}
