package org.ketnghia.livestock.herd;

import java.time.LocalDate;
import java.util.List;
import org.ketnghia.core.ledger.LedgerEvent;
import org.ketnghia.core.money.Money;
import org.ketnghia.livestock.Species;
import org.ketnghia.livestock.passon.PassOnPolicy;

/**
 * The whole state of a {@link Herd} as its snapshot saves it (<i>ảnh chụp sổ đàn giống</i>): lists in the
 * registry's own order where it keeps one, otherwise sorted by key, so that the same registry always saves the
 * same JSON. The tag-to-lot index is not saved: it is rebuilt from the lots.
 */
record HerdState(
        List<Animal> animals,
        List<String> reservedTags,
        List<PurchaseLotRecorded> lots,
        List<DatedKey> acceptedOn,
        List<Obligation> obligations,
        List<CountedKey> roundOfHousehold,
        List<GroupChain> chains,
        List<GroupPolicy> policyOfGroup,
        List<KeyValue> communeOfGroup,
        List<CommuneFlows> flows,
        List<KeyValue> replacementOf,
        List<RoundOneReceived> roundOneReceived,
        List<PackageExceptionRecorded> packageExceptions,
        List<GroupMoney> fundBalance,
        List<GroupMovements> fundMovements,
        List<CountedKey> highestCashPayerRound,
        List<GroupMoney> outsideFundingLedger,
        List<Animal> beforeEnd,
        List<KeyValue> writtenOffBy,
        List<AnimalSale> sales,
        List<Correction> corrections,
        List<AnimalsTransferred> transfers,
        List<String> fundingIdsOfHerdEvents) {

    /** Copies every list. */
    HerdState {
        animals = List.copyOf(animals);
        reservedTags = List.copyOf(reservedTags);
        lots = List.copyOf(lots);
        acceptedOn = List.copyOf(acceptedOn);
        obligations = List.copyOf(obligations);
        roundOfHousehold = List.copyOf(roundOfHousehold);
        chains = List.copyOf(chains);
        policyOfGroup = List.copyOf(policyOfGroup);
        communeOfGroup = List.copyOf(communeOfGroup);
        flows = List.copyOf(flows);
        replacementOf = List.copyOf(replacementOf);
        roundOneReceived = List.copyOf(roundOneReceived);
        packageExceptions = List.copyOf(packageExceptions);
        fundBalance = List.copyOf(fundBalance);
        fundMovements = List.copyOf(fundMovements);
        highestCashPayerRound = List.copyOf(highestCashPayerRound);
        outsideFundingLedger = List.copyOf(outsideFundingLedger);
        beforeEnd = List.copyOf(beforeEnd);
        writtenOffBy = List.copyOf(writtenOffBy);
        sales = List.copyOf(sales);
        corrections = List.copyOf(corrections);
        transfers = List.copyOf(transfers);
        fundingIdsOfHerdEvents = List.copyOf(fundingIdsOfHerdEvents);
    }

    /** A text keyed by a text (a group's commune, a dead animal's replacement, who wrote an obligation off). */
    record KeyValue(String key, String value) {
    }

    /** A date keyed by a text (a lot's acceptance). */
    record DatedKey(String key, LocalDate date) {
    }

    /** A number keyed by a text (a household's first round, a group's highest cash-paying round). */
    record CountedKey(String key, int count) {
    }

    /** An amount of a group's revolving fund. */
    record GroupMoney(String groupId, Money amount) {
    }

    /** The hand-overs of a group, in order. */
    record GroupChain(String groupId, List<AnimalsHandedOver> handOvers) {
        GroupChain {
            handOvers = List.copyOf(handOvers);
        }
    }

    /** The movements of a group's revolving fund, in order. */
    record GroupMovements(String groupId, List<RevolvingFundMovement> movements) {
        GroupMovements {
            movements = List.copyOf(movements);
        }
    }

    /** The pass-on rule a group was founded with. */
    record GroupPolicy(String groupId, PassOnPolicy policy) {
    }

    /** The herd flows of a commune since the start. */
    record CommuneFlows(String communeCode, long born, long received, long died, long sold, long lost,
            long handedOut) {
    }

    /** How many animals of a species a household received in round 1. */
    record RoundOneReceived(String householdId, Species species, int head) {
    }

    /** A correction of the register, with the correction event itself. */
    record Correction(LocalDate recordedOn, LedgerEvent correction) {
    }
}
