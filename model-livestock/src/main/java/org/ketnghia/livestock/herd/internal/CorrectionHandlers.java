package org.ketnghia.livestock.herd.internal;

import java.util.List;
import java.util.Optional;
import org.ketnghia.core.error.CoreErrorCode;
import org.ketnghia.core.error.Problems;
import org.ketnghia.core.ledger.CommandHandler;
import org.ketnghia.core.ledger.EventDraft;
import org.ketnghia.core.ledger.LedgerState;
import org.ketnghia.livestock.LivestockErrorCode;
import org.ketnghia.livestock.herd.Animal;
import org.ketnghia.livestock.herd.AnimalSale;
import org.ketnghia.livestock.herd.AnimalStatus;
import org.ketnghia.livestock.herd.BirthReversed;
import org.ketnghia.livestock.herd.CorrectSale;
import org.ketnghia.livestock.herd.CorrectionFacts;
import org.ketnghia.livestock.herd.DeathReversed;
import org.ketnghia.livestock.herd.Herd;
import org.ketnghia.livestock.herd.ReverseBirth;
import org.ketnghia.livestock.herd.ReverseDeath;
import org.ketnghia.livestock.herd.SaleCorrected;
import org.ketnghia.livestock.herd.SaleCorrectionFacts;

/** The handlers of corrections of the animal register: a birth reversed, a death corrected, a sale corrected. */
final class CorrectionHandlers {

    private CorrectionHandlers() {
    }

    /** The animal {@code earTag} of the command's commune, dead or alive; records the problems. */
    private static Optional<Animal> recordedAnimal(Herd herd, CorrectionFacts correction, String commune,
            LedgerState state, java.time.LocalDate date, Problems problems) {
        problems.check(correction.reason().isBlank(), CoreErrorCode.VALUE_BLANK, "reason");
        problems.check(correction.correctionReference().isBlank(), CoreErrorCode.VALUE_BLANK, "correctionReference");
        Optional<Animal> animal = HandOverHandler.checkExists(herd, correction.earTag(), "earTag", problems);
        if (animal.isPresent() && !Communes.mayRecordFor(state, animal.get().communeCode(), commune, date)) {
            problems.add(LivestockErrorCode.LIVESTOCK_UNKNOWN_ANIMAL, "earTag", correction.earTag());
            return Optional.empty();
        }
        return animal;
    }

    /** Validates {@link ReverseBirth}. */
    static final class Birth implements CommandHandler<ReverseBirth> {
        @Override
        public Class<ReverseBirth> commandType() {
            return ReverseBirth.class;
        }

        @Override
        public List<EventDraft> handle(ReverseBirth command, LedgerState state) {
            Herd herd = state.projection(Herd.class);
            Problems problems = new Problems();
            Optional<Animal> found = recordedAnimal(herd, command, command.unitCode(), state, command.occurredOn(),
                    problems);
            if (found.isPresent()) {
                Animal animal = found.get();
                if (animal.bornToHouseholdId().isEmpty() || animal.motherTag().isEmpty()) {
                    problems.add(LivestockErrorCode.LIVESTOCK_NO_BIRTH_TO_CORRECT, "earTag", animal.earTag());
                } else {
                    problems.check(!animal.isAlive(), LivestockErrorCode.LIVESTOCK_ANIMAL_NOT_ALIVE, "earTag",
                            animal.earTag(), animal.status().label().vi());
                    problems.check(animal.handOvers() > 0, LivestockErrorCode.LIVESTOCK_CORRECTION_ANIMAL_HANDED_OVER,
                            "earTag", animal.earTag(), animal.handOvers());
                    herd.offspringOf(animal.earTag()).stream().findFirst().ifPresent(young -> problems.add(
                            LivestockErrorCode.LIVESTOCK_CORRECTION_ANIMAL_HAS_OFFSPRING, "earTag", animal.earTag(),
                            young.earTag()));
                }
            }
            problems.throwIfAny();
            Animal animal = found.get();
            return List.of(EventDraft.of(command, BirthReversed.builder().from((CorrectionFacts) command)
                    .motherTag(animal.motherTag().get()).householdId(animal.bornToHouseholdId().get())
                    .bornOn(animal.bornOn()).build()));
        }
    }

    /** Validates {@link ReverseDeath}. */
    static final class Death implements CommandHandler<ReverseDeath> {
        @Override
        public Class<ReverseDeath> commandType() {
            return ReverseDeath.class;
        }

        @Override
        public List<EventDraft> handle(ReverseDeath command, LedgerState state) {
            Herd herd = state.projection(Herd.class);
            Problems problems = new Problems();
            Optional<Animal> found = recordedAnimal(herd, command, command.unitCode(), state, command.occurredOn(),
                    problems);
            if (found.isPresent()) {
                Animal animal = found.get();
                if (animal.status() != AnimalStatus.DEAD) {
                    problems.add(LivestockErrorCode.LIVESTOCK_NO_DEATH_TO_CORRECT, "earTag", animal.earTag(),
                            animal.status().label().vi());
                } else {
                    herd.replacementOf(animal.earTag()).ifPresent(replacement -> problems.add(
                            LivestockErrorCode.LIVESTOCK_ANIMAL_ALREADY_REPLACED, "earTag", animal.earTag(), replacement));
                }
            }
            problems.throwIfAny();
            Animal animal = found.get();
            return List.of(EventDraft.of(command, DeathReversed.builder().from((CorrectionFacts) command)
                    .diedOn(animal.statusSince()).householdId(animal.keeperHouseholdId()).build()));
        }
    }

    /** Validates {@link CorrectSale}. */
    static final class Sale implements CommandHandler<CorrectSale> {
        @Override
        public Class<CorrectSale> commandType() {
            return CorrectSale.class;
        }

        @Override
        public List<EventDraft> handle(CorrectSale command, LedgerState state) {
            Herd herd = state.projection(Herd.class);
            Problems problems = new Problems();
            Optional<Animal> found = recordedAnimal(herd, command, command.unitCode(), state, command.occurredOn(),
                    problems);
            Optional<AnimalSale> sale = found.flatMap(animal -> herd.sale(animal.earTag()));
            found.filter(animal -> sale.isEmpty()).ifPresent(animal -> problems.add(
                    LivestockErrorCode.LIVESTOCK_NO_SALE_TO_CORRECT, "earTag", animal.earTag(),
                    animal.status().label().vi()));
            command.price().filter(price -> !price.isPositive()).ifPresent(price -> problems.add(
                    CoreErrorCode.VALUE_OUT_OF_RANGE, "price", price, 1, Long.MAX_VALUE));
            command.soldOn().filter(day -> day.isAfter(command.occurredOn())).ifPresent(day -> problems.add(
                    LivestockErrorCode.LIVESTOCK_DATE_AFTER_RECORD, "soldOn", day, command.occurredOn()));
            if (sale.isPresent()) {
                AnimalSale recorded = sale.get();
                boolean newPrice = command.price().filter(price -> !price.equals(recorded.price())).isPresent();
                boolean newDate = command.soldOn().filter(day -> !day.equals(recorded.soldOn())).isPresent();
                problems.check(!newPrice && !newDate, LivestockErrorCode.LIVESTOCK_CORRECTION_NOTHING_CHANGED, "price",
                        command.earTag());
                herd.beforeEnd(command.earTag()).map(Animal::statusSince)
                        .flatMap(since -> command.soldOn().filter(day -> day.isBefore(since)).map(day -> since))
                        .ifPresent(since -> problems.add(LivestockErrorCode.LIVESTOCK_CORRECTED_DATE_TOO_EARLY, "soldOn",
                                command.soldOn().get(), since, command.earTag()));
            }
            problems.throwIfAny();
            return List.of(EventDraft.of(command, SaleCorrected.builder().from((SaleCorrectionFacts) command)
                    .householdId(sale.get().householdId()).build()));
        }
    }
}
