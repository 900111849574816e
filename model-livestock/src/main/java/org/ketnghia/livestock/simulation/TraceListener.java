package org.ketnghia.livestock.simulation;

/** Receives what happens in a traced replicate, animal by animal (indices into the replicate's arrays). */
interface TraceListener {

    /** Round 1 is set up: households, groups and founders exist, nothing has happened yet. */
    void start(LivestockSimulator.Replicate replicate);

    /** Animal {@code kid} was just born to {@code mother}. */
    void born(LivestockSimulator.Replicate replicate, int kid, int mother, int month);

    /** Animal {@code i} dies (still in the arrays). */
    void died(LivestockSimulator.Replicate replicate, int i, int month);

    /** Animal {@code i} is sold or culled (still in the arrays). */
    void sold(LivestockSimulator.Replicate replicate, int i, int month, String reason);

    /** Animal {@code i} has just been passed on from household {@code from} to {@code to}. */
    void handedOver(LivestockSimulator.Replicate replicate, int i, int from, int to, int month);
}
