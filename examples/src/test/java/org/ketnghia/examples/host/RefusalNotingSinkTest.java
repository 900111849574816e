package org.ketnghia.examples.host;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.ketnghia.core.error.KetnghiaException;
import org.ketnghia.core.funding.MakePledge;
import org.ketnghia.core.ledger.Command;
import org.ketnghia.core.money.Money;
import org.ketnghia.core.province.ProvincePacks;
import org.ketnghia.core.simulation.LedgerCommandSink;
import org.ketnghia.examples.programme.ProgrammeFile;

/** The sink a trace records through notes the command the ledger refused, in a batch too, until one is accepted. */
class RefusalNotingSinkTest {

    /** A pledge of Hội An to A Xan, its twinned pilot commune, on {@code on}. */
    private static Command pledgeInScope(String id, LocalDate on) {
        return pledge(id, "QNA.TAY-GIANG.A-XAN", on);
    }

    /** A pledge of Hội An to A Tiêng, outside the programme's pilot communes: the ledger refuses it. */
    private static Command pledgeOutsideScope(String id, LocalDate on) {
        return pledge(id, "QNA.TAY-GIANG.A-TIENG", on);
    }

    private static Command pledge(String id, String commune, LocalDate on) {
        return MakePledge.builder().actor(ProgrammeHost.PROVINCE).unitCode(commune).occurredOn(on).sponsorId("hoi-an")
                .pledgeId(id).sourceId(ProgrammeSetup.sourceId("hoi-an")).modelId("livestock")
                .amount(Money.ofMillions(10)).build();
    }

    @Test
    void aBatchRefusedPartWay_notesTheRefusedCommand_andALaterAcceptedOneClearsIt() {
        try (ProgrammeHost host = ProgrammeHost.inMemory(ProgrammeFile.shipped(), ProvinceData.of(ProvincePacks.quangNam()))) {
            Simulations.declareSimulated(host, new Simulations.Settings(7, 1, 5, 1));
            ProgrammeSetup.record(host, PlanChecks.check(host).budgets());
            LedgerCommandSink ledger = new LedgerCommandSink(host.recorder());
            RefusalNotingSink sink = new RefusalNotingSink(ledger);
            Command refused = pledgeOutsideScope("ck-ngoai", LocalDate.of(2022, 5, 2));

            assertThatThrownBy(() -> sink.submitInOrder(List.of(pledgeInScope("ck-them-1", LocalDate.of(2022, 5, 1)),
                    refused, pledgeInScope("ck-them-2", LocalDate.of(2022, 5, 3)))))
                    .isInstanceOf(KetnghiaException.class);

            assertThat(ledger.submitted()).isOne();
            assertThat(sink.lastRefused()).containsSame(refused);
            sink.submit(pledgeInScope("ck-them-3", LocalDate.of(2022, 5, 4)));
            assertThat(sink.lastRefused()).isEmpty();
        }
    }

    @Test
    void aSingleRefusedCommand_isNoted() {
        try (ProgrammeHost host = ProgrammeHost.inMemory(ProgrammeFile.shipped(), ProvinceData.of(ProvincePacks.quangNam()))) {
            Simulations.declareSimulated(host, new Simulations.Settings(7, 1, 5, 1));
            ProgrammeSetup.record(host, PlanChecks.check(host).budgets());
            RefusalNotingSink sink = new RefusalNotingSink(new LedgerCommandSink(host.recorder()));
            Command refused = pledgeOutsideScope("ck-ngoai", LocalDate.of(2022, 5, 2));

            assertThatThrownBy(() -> sink.submit(refused)).isInstanceOf(KetnghiaException.class);

            assertThat(sink.lastRefused().map(Command::occurredOn)).contains(LocalDate.of(2022, 5, 2));
        }
    }
}
