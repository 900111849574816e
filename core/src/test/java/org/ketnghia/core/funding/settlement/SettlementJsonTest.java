package org.ketnghia.core.funding.settlement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.ketnghia.testing.Fixtures.PROVINCE;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.ketnghia.core.funding.FundingSourceKind;
import org.ketnghia.core.ledger.Command;
import org.ketnghia.core.ledger.LedgerEvent;
import org.ketnghia.core.money.Money;

class SettlementJsonTest {

    private static final ObjectMapper MAPPER = SettlementFixtures.runtime().objectMapper();

    private static AccountsSettled event() {
        SettlementLine sponsor = SettlementLine.builder().unitCode("QNA.TAY-GIANG.A-XAN").modelId("livestock").sourceId("stc")
                .sourceKind(FundingSourceKind.SPONSOR).sponsorId("so-tai-chinh").share(FundingShare.MOBILISED)
                .amounts(SettlementAmounts.of(Money.ofMillions(100), Money.ofMillions(60), Money.ofDong(286_500), Money.ZERO,
                        Money.ZERO, Money.ofMillions(45)))
                .build();
        SettlementLine budget = SettlementLine.builder().unitCode("DNG.HUNG-SON").modelId("livestock").sourceId("nsnn")
                .sourceKind(FundingSourceKind.STATE_BUDGET).share(FundingShare.STATE_BUDGET)
                .amounts(SettlementAmounts.of(Money.ZERO, Money.ZERO, Money.ZERO, Money.ofMillions(30), Money.ZERO,
                        Money.ofDong(12_000_001)))
                .build();
        return AccountsSettled.of("qt-2026", LocalDate.of(2026, 5, 31), "Quyết định 1234/QĐ-UBND ngày 01/6/2026",
                Optional.of("quang-nam-2021"), Optional.of("qt-2023"), List.of(sponsor, budget));
    }

    @Test
    void accountsSettled_roundTripsThroughLedgerEvent_toTheSameValueAndBytes() throws Exception {
        String json = MAPPER.writerFor(LedgerEvent.class).writeValueAsString(event());

        LedgerEvent read = MAPPER.readValue(json, LedgerEvent.class);

        assertThat(read).isEqualTo(event());
        assertThat(MAPPER.writerFor(LedgerEvent.class).writeValueAsString(read)).isEqualTo(json);
        assertThat(json).startsWith("{\"type\":\"funding.accounts-settled\"")
                .contains("\"periodEnd\":\"2026-05-31\"", "\"share\":\"STATE_BUDGET\"", "\"balance\":17999999");
    }

    @Test
    void aLineSpentByAnotherProgramme_roundTripsThroughLedgerEvent_andOtherLinesDoNotWriteIt() throws Exception {
        SettlementLine spentByPilot = SettlementLine.builder().unitCode("QNA.TAY-GIANG.A-XAN").modelId("livestock")
                .sourceId("ht").sourceKind(FundingSourceKind.PHILANTHROPIST).share(FundingShare.MOBILISED)
                .spentByProgramme("quang-nam-2021").amounts(SettlementAmounts.of(Money.ZERO, Money.ZERO, Money.ZERO,
                        Money.ZERO, Money.ZERO, Money.ofMillions(12)))
                .build();
        AccountsSettled settled = AccountsSettled.of("qt-2024", LocalDate.of(2024, 12, 31), "QĐ 1/QĐ-UBND",
                Optional.of("quang-nam-2024"), Optional.empty(), List.of(spentByPilot));
        String json = MAPPER.writerFor(LedgerEvent.class).writeValueAsString(settled);

        assertThat(MAPPER.readValue(json, LedgerEvent.class)).isEqualTo(settled);
        assertThat(json).contains("\"spentByProgramme\":\"quang-nam-2021\"", "\"balance\":-12000000");
        assertThat(MAPPER.writerFor(LedgerEvent.class).writeValueAsString(event())).doesNotContain("spentByProgramme");
        assertThatThrownBy(() -> SettlementLine.builder().from(spentByPilot).amounts(SettlementAmounts.of(Money.ZERO,
                Money.ofMillions(1), Money.ZERO, Money.ZERO, Money.ZERO, Money.ofMillions(12))).build())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("hold only what it spent");
    }

    @Test
    void settleAccounts_roundTripsThroughCommand_toTheSameValueAndBytes() throws Exception {
        Command command = SettleAccounts.builder().actor(PROVINCE).unitCode("DNG").occurredOn(LocalDate.of(2026, 6, 1))
                .settlementId("qt-2026").periodEnd(LocalDate.of(2026, 5, 31)).decisionReference("QĐ 1234/QĐ-UBND")
                .programmeId("quang-nam-2021").build();
        String json = MAPPER.writerFor(Command.class).writeValueAsString(command);

        Command read = MAPPER.readValue(json, Command.class);

        assertThat(read).isEqualTo(command);
        assertThat(MAPPER.writerFor(Command.class).writeValueAsString(read)).isEqualTo(json);
        assertThat(json).contains("\"type\":\"funding.settle-accounts\"");
    }

    @Test
    void totalsThatAreNotTheSumOfTheLines_cannotBeBuilt() {
        AccountsSettled good = event();

        assertThatThrownBy(() -> AccountsSettled.builder().from(good).totals(SettlementAmounts.ZERO).build())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("not the sums of the lines");
        assertThatThrownBy(() -> SettlementAmounts.builder().pledged(Money.ZERO).received(Money.ofDong(5))
                .inKind(Money.ZERO).transferredIn(Money.ZERO).transferredOut(Money.ZERO).spent(Money.ZERO)
                .balance(Money.ofDong(4)).build()).isInstanceOf(IllegalStateException.class);
    }
}
