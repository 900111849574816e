package org.ketnghia.examples.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ketnghia.examples.site.PlanningFixtures.LEDGER;
import static org.ketnghia.examples.site.PlanningFixtures.context;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ketnghia.examples.KetnghiaCli;

/**
 * The run's site writer takes the same lock as {@code forecast} and {@code compare}: while another writer holds the
 * lock of a site, {@link SummarySite#write} into it and {@code run}'s moving its output in both wait, and write nothing.
 * Each test holds the lock itself and fails if the writer does not wait for it.
 */
class SiteLockTest {

    private static final Instant RUN = Instant.parse("2026-12-06T23:10:00Z");

    @TempDir
    Path temp;

    @Test
    void theSiteWriter_waitsWhileAnotherWriterHoldsTheSitesLock() throws Exception {
        Path site = temp.resolve("site");
        Thread writer = new Thread(() -> SummarySite.write(PlanningFixtures.emptyRun(context(Optional.of(LEDGER), RUN,
                true)), site));

        SiteLock.holding(site, () -> {
            writer.start();
            assertThat(waitsForTheLock(writer)).as("the site writer waits for the lock").isTrue();
            assertThat(site.resolve(SitePaths.INDEX)).doesNotExist();
            assertThat(site.resolve(SitePaths.PLANNING)).doesNotExist();
        });

        writer.join();
        assertThat(site.resolve(SitePaths.INDEX)).isRegularFile();
        assertThat(site.resolve(SitePaths.PLANNING)).isRegularFile();
    }

    @Test
    void theRun_movesItsOutputIn_onlyWhenNoOtherWriterHoldsTheSitesLock() throws Exception {
        Path output = temp.resolve("output");
        AtomicInteger exit = new AtomicInteger(-1);
        AtomicReference<String> printed = new AtomicReference<>();
        Thread run = new Thread(() -> {
            StringWriter out = new StringWriter();
            exit.set(KetnghiaCli.execute(new String[] {"run", "--output", output.toString(), "--replicates", "1",
                "--threads", "1"}, new PrintWriter(out, true), new PrintWriter(out, true)));
            printed.set(out.toString());
        });

        SiteLock.holding(output, () -> {
            run.start();
            assertThat(waitsForTheLock(run)).as("the run waits for the lock").isTrue();
            assertThat(output.resolve(SitePaths.INDEX)).doesNotExist();
            assertThat(output.resolve("run.json")).doesNotExist();
        });

        run.join();
        assertThat(exit.get()).as(printed.get()).isZero();
        assertThat(output.resolve(SitePaths.INDEX)).isRegularFile();
        assertThat(output.resolve(SitePaths.PLANNING)).isRegularFile();
    }

    /**
     * Whether {@code writer} comes to wait for the lock the calling thread holds (true), rather than end without
     * waiting (false).
     */
    private static boolean waitsForTheLock(Thread writer) {
        long holder = Thread.currentThread().getId();
        try {
            while (writer.isAlive()) {
                ThreadInfo info = ManagementFactory.getThreadMXBean().getThreadInfo(writer.getId());
                if (info != null && info.getThreadState() == Thread.State.BLOCKED && info.getLockOwnerId() == holder) {
                    return true;
                }
                writer.join(10);
            }
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for " + writer.getName(), e);
        }
    }
}
