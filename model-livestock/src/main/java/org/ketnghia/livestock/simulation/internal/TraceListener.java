package org.ketnghia.livestock.simulation.internal;

/**
 * Receives what happens in a traced replicate, animal by animal (slots of the replicate's arrays, valid
 * during the call). Called only in trace mode: the Monte Carlo path has no listener. Within a month the
 * engine calls it in its order: hand-overs at the census, births, exits, replacements and surplus sales at
 * the month's end.
 */
interface TraceListener {

    /** Why an animal is sold: a male taken off by offtake. */
    String MALE_OFFTAKE = "xuất bán đực giống";
    /** Why an animal is sold: culled at the cull age. */
    String CULLED = "loại thải";
    /** Why an animal is sold: its household's herd is above the cap. */
    String SURPLUS = "bán bớt đàn vượt mức";

    /** Round 1 is set up: households, groups and founders exist, nothing has happened yet. */
    void start(HerdState herd);

    /** Animal {@code kid} was just born to {@code mother}. */
    void born(HerdState herd, int kid, int mother, int month);

    /** Animal {@code i} dies during month {@code month} (still in the arrays). */
    void died(HerdState herd, int i, int month);

    /** Animal {@code i} is sold or culled (still in the arrays), for {@code reason}. */
    void sold(HerdState herd, int i, int month, String reason);

    /** Animal {@code i} has just been passed on from household {@code from} to {@code to}. */
    void handedOver(HerdState herd, int i, int from, int to, int month);

    /** Animal {@code i} was just given to household {@code h} in place of a dead received animal. */
    void replaced(HerdState herd, int i, int h, int month);

    /** The replicate is over: every household of every group queue is known. */
    void finish(HerdState herd);
}
