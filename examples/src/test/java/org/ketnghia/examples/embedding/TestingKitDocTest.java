package org.ketnghia.examples.embedding;

import static org.ketnghia.testing.assertions.KetnghiaAssertions.assertThat;
import static org.ketnghia.testing.assertions.KetnghiaAssertions.assertThatCommand;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.ketnghia.core.funding.FundingLedger;
import org.ketnghia.core.funding.MakePledge;
import org.ketnghia.core.funding.PledgeMade;
import org.ketnghia.core.ledger.Ledger;
import org.ketnghia.core.ledger.LedgerErrorCode;
import org.ketnghia.core.money.Money;
import org.ketnghia.core.province.ProvincePacks;
import org.ketnghia.livestock.LivestockModel;
import org.ketnghia.livestock.programme.LivestockProgramme;
import org.ketnghia.testing.Fixtures;
import org.ketnghia.testing.ProgrammeFixtures;
import org.ketnghia.testing.junit.KetnghiaExtension;
import org.ketnghia.testing.junit.TestClock;

/** The host-kit example of {@code docs/testing.md}, compiled and run: a fresh Quảng Nam runtime per test. */
class TestingKitDocTest {

    @RegisterExtension
    static final KetnghiaExtension KETNGHIA = KetnghiaExtension.builder()
            .units(ProgrammeFixtures.withVillages(ProvincePacks.quangNam().units(), "QNA.TAY-GIANG.A-XAN.THON-1"))
            .model(new LivestockModel(LivestockProgramme.quangNam2021()))  // any configured models
            .startingOn(LocalDate.of(2021, 7, 1))                           // the ledger's "today"
            .build();

    @Test
    void aPledgeIsReceived(Ledger ledger, ProgrammeFixtures given, TestClock clock) {
        given.sponsor("so-tai-chinh").named("Sở Tài chính tỉnh Quảng Nam").record();
        given.pledge("ck-1", "so-tai-chinh", "QNA.TAY-GIANG.A-XAN", "livestock").amount(Money.ofMillions(300))
                .received(LocalDate.of(2021, 7, 1), Money.ofMillions(120)).record();
        clock.advanceMonths(6);

        Money balance = ledger.read(FundingLedger.class, funds -> funds.balance("QNA.TAY-GIANG.A-XAN", "livestock"));
        assertThat(balance).isMillions(120);
        assertThat(ledger).hasAppendedSince(0, PledgeMade.class, 1).hasChainIntact();
        assertThatCommand(ledger, MakePledge.builder().actor(Fixtures.PROVINCE).unitCode("QNA.TAY-GIANG.A-XAN")
                .occurredOn(clock.today().plusDays(1)).sponsorId("so-tai-chinh").pledgeId("ck-2")
                .sourceId("nguon-so-tai-chinh").modelId("livestock").amount(Money.ofMillions(10)).build())
                .isRejectedWith(LedgerErrorCode.LEDGER_DATE_IN_FUTURE).onField("occurredOn");
    }
}
