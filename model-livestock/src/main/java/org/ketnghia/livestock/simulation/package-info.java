/**
 * Simulation of the revolving livestock scheme (<i>mô phỏng mô hình chăn nuôi quay vòng</i>): herd
 * demography parameters per species, overridable per district ({@link
 * org.ketnghia.livestock.simulation.Demography}); the deterministic monthly cohort projection with its
 * asymptotic growth rate λ ({@link org.ketnghia.livestock.simulation.CohortProjection}); and the stochastic
 * individual-based simulator ({@link org.ketnghia.livestock.simulation.LivestockSimulator}) that the core
 * Monte Carlo engine runs over replicates, applying births, competing-risk deaths and removals, ageing,
 * culling, herd-cap sales, the pass-on policy and epidemic or drought shocks month by month, and can trace a
 * replicate into a ledger or run forward from a ledger's state ({@link
 * org.ketnghia.livestock.simulation.LivestockSimulator#forecast}). Its parts are in {@code
 * simulation.internal}, which is not API.
 *
 * <h2>The census convention</h2>
 * Both the projection and the simulator use the birth-flow census convention of DYNMOD, mmage, GLEAM and
 * LIVSIM (DOMAIN.md, "Conventions from the anchors"): a census at the start of each month; age classes in
 * whole months; the animals alive at the census face deaths and removals as competing risks during the
 * month and age by one month (one reaching the cull age leaves); the females alive at the census at or
 * past the age at first parturition give birth; an animal born during month {@code t} is in class 0 at the
 * census of month {@code t+1}, with no mortality step before it.
 *
 * <h2>The engine: event-driven, exact</h2>
 * A month-by-month Bernoulli draw per animal (about 30 ns an animal-month) cannot go fast enough, and most
 * animal-months are months in which nothing happens to the animal. The engine instead draws, once, when an
 * animal enters the herd (a founder, a young at its first census, a replacement; an animal handed over keeps
 * its schedule), <b>what will happen to it and when</b>, and puts the events in a calendar of month buckets:
 * <ul>
 *   <li><b>Exit month</b>, one uniform {@code u}: with {@code L(a)} the cumulative survival to age {@code a}
 *       of its district and sex ({@code Π exp(−h)}, the male's hazard including offtake) and {@code K(m)}
 *       the cumulative epidemic factor to calendar month {@code m}, the survival from the entry at age
 *       {@code a0} in month {@code m0} to the end of month {@code m0+k} is {@code S(k) = L(a0+k+1)·K(m0+k+1) /
 *       (L(a0)·K(m0))}, because the monthly hazard is the age's plus the calendar month's. The exit is in
 *       the first month whose {@code S(k)} falls below {@code 1 − u} (binary search); if none does before
 *       the cull month, the animal is culled in it. {@code P(exit in month m0+k) = S(k−1) − S(k)}: exactly
 *       the month-by-month law, {@code Π (1 − p_month)} with {@code p_month = 1 − exp(−h)}. A male's exit is
 *       a death or a sale by the ratio of the hazards in that month (the competing risks of the old step),
 *       decided by where {@code u} falls within the month's probability, itself uniform and independent of
 *       the month: one draw per entry. The search starts from a guess, the inverse of the cumulative hazard
 *       {@code H(a) = −log L(a)} read from a table of buckets one smallest monthly hazard wide (shocks only
 *       bring the exit earlier), and is corrected by the binary search's own comparisons, falling back to a
 *       binary search of the rest: the month found is the binary search's, whatever the guess. An animal entering
 *       at age 0 (a young at its first census, the most frequent entry) in a district without epidemics, where
 *       {@code L(0)} and every {@code K} are exactly 1 so that the threshold is {@code 1 − u} itself, starts instead
 *       from a guide table by the uniform's bucket (256 buckets: the least month whose survival is below the
 *       bucket's upper end) and walks up, usually one comparison: the same month. (A guide by entry month for the
 *       districts with an epidemic was tried and measured: no gain, the guessed search being about as fast there.)</li>
 *   <li><b>Next parturition</b> of a female, one uniform: the first month {@code m ≥ s} ({@code s} the later
 *       of now and the month she reaches the age at first parturition) in which the cumulative no-birth
 *       product {@code G(m+1) = Π_{j ≤ m} (1 − p_birth(j))} of her district falls below {@code (1 − u)·G(s)};
 *       {@code p_birth} is the month's parturition probability, droughts included. The months are
 *       independent Bernoulli trials in the old step, so the first success has exactly this law; a birth
 *       after her exit month does not happen. After each birth the next one is drawn from the next month, unless
 *       she joins her household's cohort (below).
 *       Litter size and sexes are drawn at the birth. The search starts from the geometric guess {@code s +
 *       ⌊log(1 − u) / log(1 − p_birth)⌋}, read from a table by the uniform's bucket (256 buckets, the bucket's
 *       middle, the year of {@code s}), and is corrected the same way; the exit's guess takes a cheap logarithm
 *       (the exponent's bits and a polynomial, within {@code 1e-5}). A guess only decides where the search
 *       starts, never its result.</li>
 *   <li><b>Hand-over</b> of an earmarked young (or the mother it frees): deterministic, at the first census
 *       at which it has the policy's minimum age, if it is alive then.</li>
 * </ul>
 * Each month, in this order: the hand-overs due at the census (in the order they were scheduled); the
 * births of the month (a mother handed over at the census gives birth in her new household); the exits;
 * at the month's end the replacements of dead received animals and, for the households whose herd grew or
 * whose animal stopped being earmarked this month and was then above its cap (no other can have a surplus
 * to sell: only growth makes one, and each growth checks again), the sales of the surplus above the herd cap: males first, then females, never a received or earmarked animal, in the
 * order of the household's list, the most recent entry first (so the young of the month go first). The young
 * and replacements of a month draw their schedule at the month's end, after those sales, so that one sold at
 * once costs no draw. A freed mother is the first received female of that list.
 *
 * <p><b>The young of a month are a count until its end</b> (Monte Carlo path). Most young are born in a
 * household at its herd cap and sold at once; giving each a slot, list links and a walk of the list to sell
 * it cost about as much as its draws. So a birth only counts its young per household (all of them, the
 * sellable males, the sellable females — an earmarked young is never sold) and keeps their household and
 * flags in a list in the order born. The month's surplus sale takes its young from these counts, the last
 * born first, exactly where they would stand at the head of the household's list (a replacement of the
 * month, also ahead of them, is a received animal, never sold); only then does it walk the list of the
 * household's older animals. At the month's end the young left — of each sex, the first born — get their
 * slots, in the order born, and enter, before the replacements: the draws and their order are those of a
 * young added at its birth. Trace mode adds each young at its birth, since its commands name its ear tag
 * then, and the tests that a traced replicate equals its Monte Carlo replicate hold the two paths together.
 * Each month's births and exits buckets are first cleared of stale entries in a tight loop (independent
 * loads of the animals' slots, fetched together) before the work on each entry. Animals live in stable slots
 * (a free list); a slot's generation stamp moves on when it is freed, so that its stale calendar entries
 * are skipped (lazy deletion); each household keeps the list of its animals (int {@code next}/{@code prev}
 * arrays). The yearly report is one pass over the live animals at each programme year's end. A Monte Carlo
 * replicate reuses the herd arrays and calendars of its thread's previous replicate (a replicate runs on one
 * thread from start to end), so that they are neither allocated nor grown again; trace mode gets a new herd.
 * The coin flips of the hot loops (a young's sex, a litter's size) decide by arithmetic rather than branches
 * that no predictor can guess; with a female fraction of exactly one half (the defaults) the sexes of a litter
 * are the bits of one random {@code long}, a fair bit per young. The herd keeps its census by district, sex and
 * month of birth as animals enter and leave, so that the yearly report reads head and value by age class
 * without a pass over the animals. Animal-months are counted as before: the animals alive at each census,
 * summed.
 *
 * <p><b>Prices drive no draw</b>: only the yearly report reads them, for the herd value. A replicate can therefore be
 * valued at the prices of other settings that differ in nothing else ({@link
 * org.ketnghia.livestock.simulation.LivestockSimulator#pricedAlike}): the year's report is recorded once per price
 * set from the same herd before the year's flows are cleared, the values a replicate of each would record, bit for
 * bit. A scenario sweep runs a grid's price levels so, one replicate for all of them.
 *
 * <p>The draws are exact draws from the same distributions as the month-by-month rules; only the random
 * numbers and which animal a surplus sale or a mother hand-over takes (a documented, deterministic order)
 * differ. Every entry draws the same number of uniforms whatever its outcome, so two scenarios that differ
 * from a programme year on give identical values before it (common random numbers). A replicate's draws
 * come from its own stream in calendar order, so the summary is identical for any thread count, and trace
 * mode runs the same code with a listener and draws nothing more from the replicate's stream.
 *
 * <h2>Household cohorts: one binomial draw a month instead of a search per parturition</h2>
 * In a district whose full herd gives at least 1.5 litters a month (herd cap × parturition probability; goats
 * at the defaults, not cattle), a female whose household's obligation is closed for good (fulfilled, written
 * off, or none without pass-on: it can never open again and none of its animals moves) and who is not
 * earmarked joins her household's <b>cohort</b> after a parturition of her own, instead of drawing her next
 * one; a female who enters such a household (born there, or there at a forecast's start) joins it at the census
 * at which she reaches the age at first parturition, without any draw of her own, if she is alive then — her
 * first parturition, the first success of independent monthly trials from that month, is then the cohort's
 * to draw, with the same law. Such a female has no calendar entry of her own for it: she is counted in her
 * household's entry of that month in a calendar of joins (one entry per household and month, in the order of its
 * first such female, its count kept where an event keeps its generation), is a member from that census on, and is
 * taken off the count if a surplus sale takes her before it. The cohort's females are exchangeable for births: each gives birth in a month with the month's
 * probability {@code p}, independently of the others and of her past, so the household's {@code n} of them
 * have a binomial {@code (n, p)} number of litters each month, and the young of those litters, the sum of
 * that many independent litter sizes, have the compound law whose generating function is {@code (1 − p +
 * p·Q(z))ⁿ} ({@code Q} the litter size's): one uniform per household and month draws the month's young by
 * inverse CDF from a table compiled per district, year and cohort size (read at each draw from the year's
 * tables; the walk starts from the table's guide of 128 buckets: the same result as a walk from 0), and
 * one more draw how many of them are female (binomial, each young's sex being independent of the litters: with a
 * female fraction of one half, the number of bits set among as many fair bits of one random {@code long}). The
 * month's draws go in passes, the same in Monte Carlo and trace mode: first the young of every cohort, in the
 * order of the households' first joining (none for an empty cohort), then how many are female for each household
 * with young, in the same order; only then is each household's young handled. A loop whose outcome decides no
 * branch lets the processor overlap the households' draws, where a branch on "any young this month?", true about
 * half the time, stopped it at every other household (about 7 % of a replicate's time on B1). Exact: the months are independent
 * Bernoulli trials (memoryless), so joining after one's own parturition of month {@code t} counts from month
 * {@code t+1} (the joins wait for the month's cohort draws), and a female leaves the count by her exit or a
 * surplus sale, after her month's trial as before. The young enter in the order born, the month's females
 * first: they are exchangeable, and which of them a later sale takes is the list's order, not their draws.
 * Only trace mode must name each young's mother: from a stream split off the replicate's at its start (so
 * that the replicate's own draws are the same with and without the trace) it breaks the total into litters
 * — their number with probability proportional to {@code P(k litters)·P(k litters hold the total)}, then each
 * litter's size given what the others must hold, the conditional law of litters drawn one by one — chooses
 * their mothers uniformly among the cohort (selection sampling over the household's list), and which young
 * are the females. The offspring counts of the cohort's mothers are no longer kept (they can no longer
 * earmark anything). On B1's plan a replicate's ~44,000 young are born: ~36,700 of them in ~27,900 cohort
 * household-months (~15,300 with young, two draws each; the others one), and only ~6,100 parturitions
 * (cattle, and goats of households whose obligation is open) are drawn one by one, each with a search and a
 * calendar entry. A calendar entry per household, redrawn whenever a female
 * joins or leaves, was tried first: the joins and leaves cost as many draws as the parturitions saved.
 *
 * <p><b>Full herds sell their cohort's young at once</b> (Monte Carlo path). The month's exits draw nothing
 * (each was drawn at the animal's entry), so the Monte Carlo path takes them before the cohorts' draws: the draws
 * are the same, in the same order, as the trace's, which keeps the order of the rules (births, then exits). The
 * females leaving a cohort in the month stay in its count until the draws are done (they were alive at the census
 * and have the month's trial), and a mother who joins her cohort after her parturition and leaves in the same month
 * still takes her household's place in the pass, as she did. A closed household is touched by nothing later in
 * the month, so right after the month's draws: if its herd after the exits is at its cap and has no male a sale could take
 * before the young (no sellable male in its list), the sale would take every young of the month and then what it
 * takes without them — so the young are counted as born and sold, with no entry, cap check or sale (on B1's plan
 * ~5,800 household-months a replicate, ~16,500 young: 45 % of the cohorts' young); otherwise its young join the
 * month's counts and its surplus is sold there and then (the full herds are picked out first, by arithmetic, and
 * the others then handled in their order). Of the ~27,200 young left in the month's counts,
 * ~18,500 enter the herd at the month's end (~8,700 sold at once from the counts, ~2,500 older animals from the
 * lists, in ~5,300 household sales a replicate, where ~11,000 household sales took ~25,200 young before).
 */
package org.ketnghia.livestock.simulation;
