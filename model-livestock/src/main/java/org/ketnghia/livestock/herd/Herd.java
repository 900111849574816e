package org.ketnghia.livestock.herd;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.HashSet;
import java.util.EnumMap;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.BiFunction;
import java.util.function.UnaryOperator;
import org.ketnghia.core.funding.CommuneFunds;
import org.ketnghia.core.funding.ExpenditureRecorded;
import org.ketnghia.core.funding.FundPurpose;
import org.ketnghia.core.funding.ReceiptRecorded;
import org.ketnghia.core.ledger.EventEnvelope;
import org.ketnghia.core.ledger.LedgerEvent;
import org.ketnghia.core.ledger.SnapshotForm;
import org.ketnghia.core.ledger.Projection;
import org.ketnghia.core.money.Money;
import org.ketnghia.livestock.Species;
import org.ketnghia.livestock.group.GroupFounded;
import org.ketnghia.livestock.passon.DeathHandling;
import org.ketnghia.livestock.passon.PassOnPolicy;

/**
 * The animal registry (<i>sổ theo dõi đàn giống</i>): purchase lots and their acceptance, every
 * animal and its status, each household's round and obligation, the chain of hand-overs per group
 * and the herd flows per commune (a dead animal's replacement counts as received), the round-1
 * package each household received and the exceptions to it, and each group's revolving fund (also kept, as
 * earmarked money, by the core funding ledger: see {@link #revolvingFundOutsideFundingLedger}). Corrections
 * show the corrected truth and keep their history ({@link #corrections}): a reversed birth removes the
 * animal (its tag stays used), a death corrected brings the animal back as it was before and reopens an
 * obligation that death wrote off, a corrected sale changes its price or date ({@link #sale}); transfers move
 * animals between groups and communes ({@link #transfers}). Folded by the
 * ledger under its lock, not thread-safe on its own; ignores unknown events and never throws; hands
 * out immutable values.
 */
public final class Herd implements Projection {

    /** The model whose revolving funds this registry keeps (the funding ledger's model id). */
    private static final String MODEL_ID = "livestock";

    private static final int BORN = 0;
    private static final int RECEIVED = 1;
    private static final int DIED = 2;
    private static final int SOLD = 3;
    private static final int LOST = 4;
    private static final int HANDED_OUT = 5;

    /** Every animal by ear tag; changed only through {@link #put} and {@link #remove}, which keep the count below. */
    private final Map<String, Animal> animals = new LinkedHashMap<>();
    /**
     * Per household, how many animals alive it keeps that were handed over to it (received, not born in its
     * herd): whether a certified death writes its obligation off asks this for each death, and a scan of
     * every animal each time made a report's replay grow with the square of the herd.
     */
    private final Map<String, Integer> receivedKeptAlive = new HashMap<>();
    private final Set<String> reservedTags = new HashSet<>();
    private final Map<String, String> lotOfTag = new HashMap<>();
    private final Map<String, PurchaseLotRecorded> lots = new LinkedHashMap<>();
    private final Map<String, LocalDate> acceptedOn = new HashMap<>();
    private final Map<String, Obligation> obligations = new LinkedHashMap<>();
    private final Map<String, Integer> roundOfHousehold = new HashMap<>();
    private final Map<String, List<AnimalsHandedOver>> chains = new LinkedHashMap<>();
    private final Map<String, PassOnPolicy> policyOfGroup = new HashMap<>();
    private final Map<String, String> communeOfGroup = new HashMap<>();
    private final Map<String, long[]> flows = new HashMap<>();
    private final Map<String, String> replacementOf = new HashMap<>();
    private final Map<String, Map<Species, Integer>> roundOneReceived = new HashMap<>();
    private final Map<String, PackageExceptionRecorded> packageExceptions = new HashMap<>();
    private final Map<String, Money> fundBalance = new HashMap<>();
    private final Map<String, List<RevolvingFundMovement>> fundMovements = new HashMap<>();
    private final Map<String, Integer> highestCashPayerRound = new HashMap<>();
    private final Map<String, Money> outsideFundingLedger = new HashMap<>();
    /** Each animal as it stood before it died, was sold or lost: what a corrected death brings back. */
    private final Map<String, Animal> beforeEnd = new HashMap<>();
    /** The obligations written off by a death, with the animal whose death did it. */
    private final Map<String, String> writtenOffBy = new HashMap<>();
    private final Map<String, AnimalSale> sales = new HashMap<>();
    private final Map<String, List<HerdCorrection>> corrections = new LinkedHashMap<>();
    private final List<AnimalsTransferred> transfers = new ArrayList<>();
    /** Receipt and expenditure ids the livestock events recorded with them: already counted. */
    private final Set<String> fundingIdsOfHerdEvents = new HashSet<>();

    /** An empty registry. */
    public Herd() {
    }

    /**
     * How this registry is saved in a snapshot (<i>ảnh chụp trạng thái</i>) and restored from it: every map of
     * the registry as a list, in its own order or sorted by key; the tag-to-lot index is rebuilt on restore. Its code
     * covers {@link Animal}, whose {@code with…}, {@code handedTo}, {@code transferred}, {@code statusSince} and {@code
     * vaccinated} make each animal as it stands, and {@link AnimalStatus}, whose {@code isAlive} decides which animals
     * can still die, be sold or be lost and which count as received and kept; {@link Obligation}, whose {@code idOf}
     * names the obligation a certified death writes off and whose {@code passed}, {@code paid}, {@code waived}, {@code
     * writeOff} and {@code writeOffReversed} keep it; {@link AnimalSale}, whose {@code correctedBy} applies a corrected
     * sale; and core's {@link CommuneFunds}, whose {@link CommuneFunds#isRevolvingFund} decides which receipts and
     * expenditures of the funding ledger move a group's revolving fund, with {@link ReceiptRecorded} and {@link
     * ExpenditureRecorded}, whose {@code purpose()} names the fund.
     */
    public static SnapshotForm<Herd, ?> snapshotForm() {
        return SnapshotForm.of(HerdState.class, Herd::save, Herd::restore).covering(Animal.class, AnimalStatus.class,
                Obligation.class, AnimalSale.class, CommuneFunds.class, ReceiptRecorded.class, ExpenditureRecorded.class);
    }

    private HerdState save() {
        List<HerdState.CommuneFlows> communeFlows = new ArrayList<>();
        new TreeMap<>(flows).forEach((commune, f) -> communeFlows.add(new HerdState.CommuneFlows(commune, f[BORN],
                f[RECEIVED], f[DIED], f[SOLD], f[LOST], f[HANDED_OUT])));
        List<HerdState.RoundOneReceived> received = new ArrayList<>();
        new TreeMap<>(roundOneReceived).forEach((household, perSpecies) -> new TreeMap<>(perSpecies)
                .forEach((species, head) -> received.add(new HerdState.RoundOneReceived(household, species, head))));
        List<HerdState.Correction> allCorrections = new ArrayList<>();
        corrections.values().forEach(list -> list.forEach(correction -> allCorrections.add(
                new HerdState.Correction(correction.recordedOn(), (LedgerEvent) correction.correction()))));
        return new HerdState(List.copyOf(animals.values()), new TreeSet<>(reservedTags).stream().toList(),
                List.copyOf(lots.values()), sorted(acceptedOn, HerdState.DatedKey::new), List.copyOf(obligations.values()),
                sorted(roundOfHousehold, HerdState.CountedKey::new),
                chains.entrySet().stream().map(e -> new HerdState.GroupChain(e.getKey(), e.getValue())).toList(),
                sorted(policyOfGroup, HerdState.GroupPolicy::new), sorted(communeOfGroup, HerdState.KeyValue::new),
                communeFlows, sorted(replacementOf, HerdState.KeyValue::new), received,
                new TreeMap<>(packageExceptions).values().stream().toList(), sorted(fundBalance, HerdState.GroupMoney::new),
                sorted(fundMovements, HerdState.GroupMovements::new), sorted(highestCashPayerRound, HerdState.CountedKey::new),
                sorted(outsideFundingLedger, HerdState.GroupMoney::new), new TreeMap<>(beforeEnd).values().stream().toList(),
                sorted(writtenOffBy, HerdState.KeyValue::new), new TreeMap<>(sales).values().stream().toList(),
                allCorrections, transfers, new TreeSet<>(fundingIdsOfHerdEvents).stream().toList());
    }

    private static <V, E> List<E> sorted(Map<String, V> map, BiFunction<String, V, E> entry) {
        List<E> entries = new ArrayList<>(map.size());
        new TreeMap<>(map).forEach((key, value) -> entries.add(entry.apply(key, value)));
        return entries;
    }

    private static Herd restore(HerdState state) {
        Herd herd = new Herd();
        state.animals().forEach(animal -> herd.put(animal.earTag(), animal));
        herd.reservedTags.addAll(state.reservedTags());
        for (PurchaseLotRecorded lot : state.lots()) {
            herd.lots.put(lot.lotId(), lot);
            lot.animals().forEach(animal -> herd.lotOfTag.put(animal.earTag(), lot.lotId()));
        }
        state.acceptedOn().forEach(entry -> herd.acceptedOn.put(entry.key(), entry.date()));
        state.obligations().forEach(obligation -> herd.obligations.put(obligation.obligationId(), obligation));
        state.roundOfHousehold().forEach(entry -> herd.roundOfHousehold.put(entry.key(), entry.count()));
        state.chains().forEach(chain -> herd.chains.put(chain.groupId(), new ArrayList<>(chain.handOvers())));
        state.policyOfGroup().forEach(entry -> herd.policyOfGroup.put(entry.groupId(), entry.policy()));
        state.communeOfGroup().forEach(entry -> herd.communeOfGroup.put(entry.key(), entry.value()));
        state.flows().forEach(entry -> herd.flows.put(entry.communeCode(), new long[] {entry.born(), entry.received(),
                entry.died(), entry.sold(), entry.lost(), entry.handedOut()}));
        state.replacementOf().forEach(entry -> herd.replacementOf.put(entry.key(), entry.value()));
        state.roundOneReceived().forEach(entry -> herd.roundOneReceived
                .computeIfAbsent(entry.householdId(), key -> new EnumMap<>(Species.class)).put(entry.species(), entry.head()));
        state.packageExceptions().forEach(exception -> herd.packageExceptions.put(exception.householdId(), exception));
        state.fundBalance().forEach(entry -> herd.fundBalance.put(entry.groupId(), entry.amount()));
        state.fundMovements().forEach(entry -> herd.fundMovements.put(entry.groupId(), new ArrayList<>(entry.movements())));
        state.highestCashPayerRound().forEach(entry -> herd.highestCashPayerRound.put(entry.key(), entry.count()));
        state.outsideFundingLedger().forEach(entry -> herd.outsideFundingLedger.put(entry.groupId(), entry.amount()));
        state.beforeEnd().forEach(animal -> herd.beforeEnd.put(animal.earTag(), animal));
        state.writtenOffBy().forEach(entry -> herd.writtenOffBy.put(entry.key(), entry.value()));
        state.sales().forEach(sale -> herd.sales.put(sale.earTag(), sale));
        state.corrections().forEach(entry -> herd.correction((CorrectionFacts) entry.correction(), entry.recordedOn()));
        herd.transfers.addAll(state.transfers());
        herd.fundingIdsOfHerdEvents.addAll(state.fundingIdsOfHerdEvents());
        return herd;
    }

    @Override
    public void apply(EventEnvelope event) {
        Object payload = event.payload();
        LocalDate date = event.occurredOn();
        if (payload instanceof GroupFounded founded) {
            policyOfGroup.put(founded.groupId(), founded.passOnPolicy());
            communeOfGroup.put(founded.groupId(), founded.communeCode());
        } else if (payload instanceof PurchaseLotRecorded lot) {
            lots.put(lot.lotId(), lot);
            lot.animals().forEach(animal -> {
                reservedTags.add(animal.earTag());
                lotOfTag.put(animal.earTag(), lot.lotId());
            });
        } else if (payload instanceof LotAccepted accepted) {
            applyAccepted(accepted, event.unitCode(), date);
        } else if (payload instanceof AnimalsHandedOver handedOver) {
            applyHandedOver(handedOver, event.unitCode(), date);
        } else if (payload instanceof AnimalBorn born) {
            Animal mother = animals.get(born.motherTag());
            String commune = mother != null ? mother.communeCode() : event.unitCode();
            put(born.earTag(), new Animal(born.earTag(), born.species(), born.sex(), date, false,
                    Optional.of(born.motherTag()), born.groupId(), commune, Optional.of(born.householdId()),
                    AnimalStatus.KEPT, date, Optional.empty(), Optional.of(born.householdId()), 0, List.of()));
            reservedTags.add(born.earTag());
            flows(commune)[BORN]++;
        } else if (payload instanceof AnimalReplaced replaced) {
            applyReplaced(replaced, date);
        } else if (payload instanceof AnimalDied died) {
            applyDeath(died);
        } else if (payload instanceof AnimalSold sold) {
            if (animals.containsKey(sold.earTag()) && animals.get(sold.earTag()).isAlive()) {
                sales.put(sold.earTag(), new AnimalSale(sold.earTag(), sold.householdId(), sold.buyer(), sold.price(),
                        date, sold.permissionReference(), false));
            }
            end(sold.earTag(), AnimalStatus.SOLD, date, SOLD);
        } else if (payload instanceof AnimalsTransferred transferred) {
            applyTransferred(transferred, date);
        } else if (payload instanceof BirthReversed reversed) {
            Animal animal = remove(reversed.earTag());
            if (animal != null) {
                flows(animal.communeCode())[BORN]--;
                correction(reversed, date);
            }
        } else if (payload instanceof DeathReversed reversed) {
            applyDeathReversed(reversed, date);
        } else if (payload instanceof SaleCorrected corrected) {
            AnimalSale sale = sales.get(corrected.earTag());
            if (sale != null) {
                AnimalSale now = sale.correctedBy(corrected);
                sales.put(corrected.earTag(), now);
                update(corrected.earTag(), animal -> animal.statusSince(now.soldOn()));
                correction(corrected, date);
            }
        } else if (payload instanceof AnimalLost lost) {
            end(lost.earTag(), AnimalStatus.LOST, date, LOST);
        } else if (payload instanceof AnimalsVaccinated vaccinated) {
            for (String tag : vaccinated.earTags()) {
                update(tag, animal -> animal.vaccinated(vaccinated.vaccine() + "@" + date));
            }
        } else if (payload instanceof ObligationWaived waived) {
            obligations.computeIfPresent(waived.obligationId(), (key, o) -> o.waived(waived.decisionReference()));
        } else if (payload instanceof CashPaidInstead paid) {
            applyCashPaid(paid, date);
        } else if (payload instanceof PackageExceptionRecorded exception) {
            packageExceptions.put(exception.householdId(), exception);
        } else if (payload instanceof ReceiptRecorded receipt) {
            // money put into a group's revolving fund directly in the funding ledger (catching up old cash, say)
            revolvingGroup(receipt.purpose()).filter(group -> !fundingIdsOfHerdEvents.contains(receipt.receiptId()))
                    .ifPresent(group -> outsideFundingLedger.merge(group, receipt.amount().negate(), Money::plus));
        } else if (payload instanceof ExpenditureRecorded expenditure) {
            revolvingGroup(expenditure.purpose()).filter(group -> !fundingIdsOfHerdEvents.contains(expenditure.expenditureId()))
                    .ifPresent(group -> outsideFundingLedger.merge(group, expenditure.amount(), Money::plus));
        }
    }

    /** The group whose revolving fund {@code purpose} is, if it is one of this model's. */
    private static Optional<String> revolvingGroup(FundPurpose purpose) {
        if (!MODEL_ID.equals(purpose.modelId()) || !CommuneFunds.isRevolvingFund(purpose)) {
            return Optional.empty();
        }
        return purpose.activity().map(activity -> activity.substring(CommuneFunds.REVOLVING_FUND_PREFIX.length()));
    }

    private void applyCashPaid(CashPaidInstead paid, LocalDate date) {
        Obligation obligation = obligations.get(paid.obligationId());
        if (obligation == null) {
            return;
        }
        obligations.put(paid.obligationId(), obligation.paid());
        if (paid.receiptId().isPresent()) {
            fundingIdsOfHerdEvents.add(paid.receiptId().get());
        } else {
            // recorded before the funding ledger kept revolving funds: the money is not there
            outsideFundingLedger.merge(obligation.groupId(), paid.amount(), Money::plus);
        }
        highestCashPayerRound.merge(obligation.groupId(), obligation.round(), Math::max);
        moveFund(obligation.groupId(), date, RevolvingFundMovement.Kind.CASH_PAID_IN, paid.amount(), paid.obligationId(),
                paid.receiptReference());
    }

    private void moveFund(String groupId, LocalDate date, RevolvingFundMovement.Kind kind, Money amount, String reference,
            String documentReference) {
        Money signed = kind == RevolvingFundMovement.Kind.CASH_PAID_IN ? amount : amount.negate();
        Money balance = fundBalance.getOrDefault(groupId, Money.ZERO).plus(signed);
        fundBalance.put(groupId, balance);
        fundMovements.computeIfAbsent(groupId, key -> new ArrayList<>())
                .add(new RevolvingFundMovement(date, kind, amount, reference, documentReference, balance));
    }

    private void applyAccepted(LotAccepted accepted, String commune, LocalDate date) {
        PurchaseLotRecorded lot = lots.get(accepted.lotId());
        if (lot == null) {
            return;
        }
        acceptedOn.put(lot.lotId(), date);
        if (lot.paidFromRevolvingFund() && accepted.amountPaid().isPositive()) {
            moveFund(lot.groupId(), date, RevolvingFundMovement.Kind.LOT_PAID, accepted.amountPaid(), lot.lotId(),
                    accepted.revolvingFundPaymentReference().orElse(accepted.minutesReference()));
            if (accepted.expenditureId().isPresent()) {
                fundingIdsOfHerdEvents.add(accepted.expenditureId().get());
            } else {
                outsideFundingLedger.merge(lot.groupId(), accepted.amountPaid().negate(), Money::plus);
            }
        }
        Set<String> acceptedTags = new HashSet<>(accepted.accepted());
        for (PurchasedAnimal purchased : lot.animals()) {
            AnimalStatus status = acceptedTags.contains(purchased.earTag()) ? AnimalStatus.IN_STOCK : AnimalStatus.REJECTED;
            put(purchased.earTag(), new Animal(purchased.earTag(), purchased.species(), purchased.sex(),
                    date.minusMonths(purchased.ageMonths()), true, Optional.empty(), lot.groupId(), commune,
                    Optional.empty(), status, date, Optional.empty(), Optional.empty(), 0, List.of()));
            if (status == AnimalStatus.IN_STOCK) {
                flows(commune)[RECEIVED]++;
            }
        }
    }

    private void applyHandedOver(AnimalsHandedOver handedOver, String recipientCommune, LocalDate date) {
        for (String tag : handedOver.earTags()) {
            Animal animal = animals.get(tag);
            if (animal != null) {
                if (!animal.communeCode().equals(recipientCommune)) {
                    // replication into another commune (nhân rộng): the animal leaves one herd and joins another
                    flows(animal.communeCode())[HANDED_OUT]++;
                    flows(recipientCommune)[RECEIVED]++;
                }
                put(tag, animal.handedTo(handedOver.householdId(), recipientCommune, date));
            }
        }
        roundOfHousehold.putIfAbsent(handedOver.householdId(), handedOver.round());
        if (handedOver.round() == 1) {
            roundOneReceived.computeIfAbsent(handedOver.householdId(), key -> new java.util.EnumMap<>(Species.class))
                    .merge(handedOver.species(), handedOver.earTags().size(), Integer::sum);
        }
        chains.computeIfAbsent(handedOver.groupId(), key -> new ArrayList<>()).add(handedOver);
        handedOver.openedObligationId().ifPresent(id -> obligations.put(id, new Obligation(id, handedOver.groupId(),
                handedOver.householdId(), handedOver.round(), date, handedOver.obligationDueOn().orElse(date),
                handedOver.obligationCount(), 0, false, Optional.empty(), false)));
        handedOver.fulfilledObligationId().ifPresent(id -> obligations.computeIfPresent(id,
                (key, o) -> o.passed(handedOver.earTags().size())));
    }

    private void applyReplaced(AnimalReplaced replaced, LocalDate date) {
        Animal dead = animals.get(replaced.replacedEarTag());
        if (dead == null) {
            return;
        }
        // the new animal joins the herd as one the household received, like those handed over to it
        put(replaced.earTag(), new Animal(replaced.earTag(), replaced.species(), replaced.sex(),
                date.minusMonths(replaced.ageMonths()), true, Optional.empty(), replaced.groupId(), dead.communeCode(),
                Optional.of(replaced.householdId()), AnimalStatus.KEPT, date, Optional.of(replaced.householdId()),
                Optional.empty(), 1, List.of()));
        reservedTags.add(replaced.earTag());
        replacementOf.put(replaced.replacedEarTag(), replaced.earTag());
        flows(dead.communeCode())[RECEIVED]++;
    }

    private void applyTransferred(AnimalsTransferred transferred, LocalDate date) {
        transfers.add(transferred);
        for (String tag : transferred.earTags()) {
            Animal animal = animals.get(tag);
            if (animal == null) {
                continue;
            }
            if (!animal.communeCode().equals(transferred.toCommuneCode())) {
                flows(animal.communeCode())[HANDED_OUT]++;
                flows(transferred.toCommuneCode())[RECEIVED]++;
            }
            put(tag, animal.transferred(transferred.toGroupId(), transferred.toCommuneCode(),
                    transferred.toHouseholdId(), date));
        }
    }

    private void applyDeathReversed(DeathReversed reversed, LocalDate date) {
        Animal dead = animals.get(reversed.earTag());
        Animal before = beforeEnd.get(reversed.earTag());
        if (dead == null || dead.status() != AnimalStatus.DEAD || before == null) {
            return;
        }
        put(reversed.earTag(), before);
        flows(dead.communeCode())[DIED]--;
        writtenOffBy.entrySet().removeIf(entry -> {
            if (!entry.getValue().equals(reversed.earTag())) {
                return false;
            }
            obligations.computeIfPresent(entry.getKey(), (key, o) -> o.writeOffReversed());
            return true;
        });
        correction(reversed, date);
    }

    private void correction(CorrectionFacts correction, LocalDate date) {
        corrections.computeIfAbsent(correction.earTag(), key -> new ArrayList<>())
                .add(new HerdCorrection(date, correction));
    }

    private void applyDeath(AnimalDied died) {
        Animal animal = animals.get(died.earTag());
        if (animal == null || !animal.isAlive()) {
            return;
        }
        end(died.earTag(), AnimalStatus.DEAD, died.diedOn(), DIED);
        Optional<String> keeper = animal.keeperHouseholdId();
        PassOnPolicy policy = policyOfGroup.get(animal.groupId());
        if (keeper.isEmpty() || policy == null || policy.deathHandling() != DeathHandling.CERTIFIED_WRITE_OFF
                || died.vetCertificate().isEmpty() || !animal.receivedByHouseholdId().equals(keeper)) {
            return;
        }
        String obligationId = Obligation.idOf(animal.groupId(), keeper.get());
        boolean anyReceivedAlive = receivedKeptAlive.getOrDefault(keeper.get(), 0) > 0;
        Obligation obligation = obligations.get(obligationId);
        if (!anyReceivedAlive && obligation != null && obligation.remaining() > 0 && !obligation.writtenOff()) {
            obligations.put(obligationId, obligation.writeOff());
            writtenOffBy.put(obligationId, died.earTag());
        }
    }

    private void put(String tag, Animal animal) {
        count(animals.put(tag, animal), -1);
        count(animal, +1);
    }

    private Animal remove(String tag) {
        Animal removed = animals.remove(tag);
        count(removed, -1);
        return removed;
    }

    private void update(String tag, UnaryOperator<Animal> change) {
        Animal animal = animals.get(tag);
        if (animal != null) {
            put(tag, change.apply(animal));
        }
    }

    private void count(Animal animal, int change) {
        if (animal != null && animal.isAlive() && animal.keeperHouseholdId().isPresent()
                && animal.receivedByHouseholdId().equals(animal.keeperHouseholdId())) {
            receivedKeptAlive.merge(animal.keeperHouseholdId().get(), change, (a, b) -> a + b == 0 ? null : a + b);
        }
    }

    private void end(String tag, AnimalStatus status, LocalDate date, int flow) {
        Animal animal = animals.get(tag);
        if (animal != null && animal.isAlive()) {
            beforeEnd.put(tag, animal);
            put(tag, animal.with(status, date, animal.keeperHouseholdId()));
            flows(animal.communeCode())[flow]++;
        }
    }

    private long[] flows(String commune) {
        return flows.computeIfAbsent(commune, key -> new long[6]);
    }

    // ------------------------------------------------------------------ queries

    /** The animal with {@code earTag}, if registered (accepted, rejected or born). */
    public Optional<Animal> animal(String earTag) {
        return Optional.ofNullable(animals.get(requireNonNull(earTag, "earTag")));
    }

    /** The sale of {@code earTag} as it stands (corrections applied), if it was sold. */
    public Optional<AnimalSale> sale(String earTag) {
        AnimalSale sale = sales.get(requireNonNull(earTag, "earTag"));
        Animal animal = animals.get(earTag);
        return animal != null && animal.status() == AnimalStatus.SOLD ? Optional.ofNullable(sale) : Optional.empty();
    }

    /** The corrections recorded for {@code earTag}, in the order recorded; immutable, empty if none. */
    public List<HerdCorrection> corrections(String earTag) {
        return List.copyOf(corrections.getOrDefault(requireNonNull(earTag, "earTag"), List.of()));
    }

    /** The animal as it stood before it died, was sold or lost, if it did. */
    public Optional<Animal> beforeEnd(String earTag) {
        return Optional.ofNullable(beforeEnd.get(requireNonNull(earTag, "earTag")));
    }

    /** Every transfer of animals between groups, in the order recorded; immutable. */
    public List<AnimalsTransferred> transfers() {
        return List.copyOf(transfers);
    }

    /** Whether {@code earTag} is used by any animal or purchase lot. */
    public boolean isTagUsed(String earTag) {
        return reservedTags.contains(earTag) || animals.containsKey(earTag);
    }

    /** Every animal, in registration order; immutable. */
    public List<Animal> animals() {
        return List.copyOf(animals.values());
    }

    /** The living animals kept by {@code householdId}; immutable. */
    public List<Animal> keptBy(String householdId) {
        return animals.values().stream().filter(a -> a.isAlive() && a.keeperHouseholdId().equals(Optional.of(householdId)))
                .toList();
    }

    /**
     * The offspring of {@code motherTag}, oldest first, and in the order their births were recorded
     * when born on the same day (twins: the first recorded is the first born); immutable.
     */
    public List<Animal> offspringOf(String motherTag) {
        // a stable sort of the registration order keeps the recorded order of a litter
        return animals.values().stream().filter(a -> a.motherTag().equals(Optional.of(motherTag)))
                .sorted(Comparator.comparing(Animal::bornOn)).toList();
    }

    /** Every animal born in the herd of {@code householdId}, in registration order; immutable. */
    public List<Animal> bornIn(String householdId) {
        Optional<String> household = Optional.of(requireNonNull(householdId, "householdId"));
        return animals.values().stream().filter(a -> a.bornToHouseholdId().equals(household)).toList();
    }

    /** The ear tag of the animal that replaced the dead animal {@code earTag}, if it was replaced. */
    public Optional<String> replacementOf(String earTag) {
        return Optional.ofNullable(replacementOf.get(requireNonNull(earTag, "earTag")));
    }

    /** The purchase lot {@code lotId}, if recorded. */
    public Optional<PurchaseLotRecorded> lot(String lotId) {
        return Optional.ofNullable(lots.get(requireNonNull(lotId, "lotId")));
    }

    /** The price paid for a purchased animal, if it was bought. */
    public Optional<org.ketnghia.core.money.Money> purchasePrice(String earTag) {
        String lotId = lotOfTag.get(requireNonNull(earTag, "earTag"));
        return lotId == null ? Optional.empty() : lots.get(lotId).animals().stream()
                .filter(a -> a.earTag().equals(earTag)).map(PurchasedAnimal::price).findFirst();
    }

    /** The date lot {@code lotId} was accepted, if it was. */
    public Optional<LocalDate> acceptedOn(String lotId) {
        return Optional.ofNullable(acceptedOn.get(requireNonNull(lotId, "lotId")));
    }

    /** The obligation {@code obligationId}, if opened. */
    public Optional<Obligation> obligation(String obligationId) {
        return Optional.ofNullable(obligations.get(requireNonNull(obligationId, "obligationId")));
    }

    /** Every obligation, in the order opened; immutable. */
    public List<Obligation> obligations() {
        return List.copyOf(obligations.values());
    }

    /** The round in which {@code householdId} first received animals, if it did. */
    public OptionalInt roundOf(String householdId) {
        Integer round = roundOfHousehold.get(requireNonNull(householdId, "householdId"));
        return round == null ? OptionalInt.empty() : OptionalInt.of(round);
    }

    /** The hand-overs of a group in order: the chain of who received from whom; immutable. */
    public List<AnimalsHandedOver> chain(String groupId) {
        return List.copyOf(chains.getOrDefault(requireNonNull(groupId, "groupId"), List.of()));
    }

    /** The commune of group {@code groupId}, if founded. */
    public Optional<String> communeOfGroup(String groupId) {
        return Optional.ofNullable(communeOfGroup.get(requireNonNull(groupId, "groupId")));
    }

    /**
     * The round-1 animals {@code householdId} received, per species (every species it received, in
     * species order); empty when it received none in round 1. Immutable.
     */
    public Map<Species, Integer> roundOneReceived(String householdId) {
        Map<Species, Integer> received = roundOneReceived.get(requireNonNull(householdId, "householdId"));
        return received == null ? Map.of() : Map.copyOf(received);
    }

    /** The exception to the round-1 package recorded last for {@code householdId}, if any. */
    public Optional<PackageExceptionRecorded> packageException(String householdId) {
        return Optional.ofNullable(packageExceptions.get(requireNonNull(householdId, "householdId")));
    }

    /** Whether {@code earTag} was bought in a lot paid from its group's revolving fund. */
    public boolean boughtFromRevolvingFund(String earTag) {
        String lotId = lotOfTag.get(requireNonNull(earTag, "earTag"));
        return lotId != null && lots.get(lotId).paidFromRevolvingFund();
    }

    /**
     * The revolving fund of {@code groupId}: its balance, what recorded but not yet accepted lots are
     * committed to, and its movements; an empty fund for a group that has none.
     */
    public RevolvingFund revolvingFund(String groupId) {
        requireNonNull(groupId, "groupId");
        Money committed = Money.ZERO;
        for (PurchaseLotRecorded lot : lots.values()) {
            if (lot.paidFromRevolvingFund() && lot.groupId().equals(groupId) && !acceptedOn.containsKey(lot.lotId())) {
                for (PurchasedAnimal animal : lot.animals()) {
                    committed = committed.plus(animal.price());
                }
            }
        }
        return new RevolvingFund(groupId, fundBalance.getOrDefault(groupId, Money.ZERO), committed,
                fundMovements.getOrDefault(groupId, List.of()));
    }

    /**
     * How much more the revolving fund of {@code groupId} holds by this registry's account ({@link
     * #revolvingFund}) than the funding ledger holds for it, summed over communes ({@code FundingLedger.balance}
     * earmarked {@code livestock/quy-quay-vong:<groupId>}). Zero whenever the fund moved only through livestock
     * commands recorded since the funding ledger keeps revolving funds: each cash payment then comes with its
     * receipt and each lot paid from the fund with its expenditure.
     *
     * <p><b>Ledgers recorded before.</b> Cash paid in then ({@link CashPaidInstead} without {@link
     * CashPaidInstead#receiptId()}) still counts in {@link #revolvingFund} — the households did pay it, and the
     * hand-over rules rely on it — but the funding ledger never received it, so this is positive (less the lots
     * paid from the fund then, which have no expenditure), and a lot accepted now is refused until the commune
     * records that amount as an unpledged receipt ({@code funding.record-receipt}, a source of kind {@code
     * REVOLVING_REPAYMENT}, activity {@code quy-quay-vong:<groupId>}); such a receipt, or money spent from the
     * fund directly in the funding ledger, moves this back. Never throws.
     */
    public Money revolvingFundOutsideFundingLedger(String groupId) {
        return outsideFundingLedger.getOrDefault(requireNonNull(groupId, "groupId"), Money.ZERO);
    }

    /** The groups that have a revolving fund (cash was paid in), in no particular order; immutable. */
    public Set<String> groupsWithRevolvingFund() {
        return Set.copyOf(fundBalance.keySet());
    }

    /**
     * The highest round of the households of {@code groupId} that paid cash instead of animals, if any
     * did: animals bought with that cash are handed over in the round after it.
     */
    public OptionalInt highestCashPayerRound(String groupId) {
        Integer round = highestCashPayerRound.get(requireNonNull(groupId, "groupId"));
        return round == null ? OptionalInt.empty() : OptionalInt.of(round);
    }

    /** The herd flows of a commune since the start. */
    public HerdCounts counts(String communeCode) {
        long[] f = flows.get(requireNonNull(communeCode, "communeCode"));
        long alive = animals.values().stream().filter(a -> a.isAlive() && a.communeCode().equals(communeCode)).count();
        return f == null ? new HerdCounts(alive, 0, 0, 0, 0, 0, 0)
                : new HerdCounts(alive, f[BORN], f[RECEIVED], f[DIED], f[SOLD], f[LOST], f[HANDED_OUT]);
    }
}
