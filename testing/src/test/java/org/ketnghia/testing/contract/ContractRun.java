package org.ketnghia.testing.contract;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.opentest4j.TestAbortedException;

/** Runs a contract's dynamic tests in-process and keeps how each ended: passed, skipped or failed. */
record ContractRun(Map<String, String> passed, Map<String, String> skipped, Map<String, Throwable> failed) {

    static ContractRun of(PilotModelContract contract) {
        ContractRun run = new ContractRun(new LinkedHashMap<>(), new LinkedHashMap<>(), new LinkedHashMap<>());
        run.walk("", contract.pilotModelContract());
        return run;
    }

    private void walk(String prefix, Stream<? extends DynamicNode> nodes) {
        nodes.forEach(node -> {
            String name = prefix + node.getDisplayName();
            if (node instanceof DynamicContainer container) {
                walk(name + " / ", container.getChildren());
            } else if (node instanceof DynamicTest test) {
                try {
                    test.getExecutable().execute();
                    passed.put(name, "");
                } catch (TestAbortedException skipped) {
                    skipped().put(name, skipped.getMessage());
                } catch (Throwable failure) {
                    failed.put(name, failure);
                }
            }
        });
    }

    /** The failure of the check whose name contains {@code part}. */
    Throwable failure(String part) {
        return failed.entrySet().stream().filter(entry -> entry.getKey().contains(part)).map(Map.Entry::getValue)
                .findFirst().orElseThrow(() -> new AssertionError("no failed check named …" + part + "…; failed: "
                        + failed.keySet() + "; passed: " + passed.keySet()));
    }

    int checks() {
        return passed.size() + skipped.size() + failed.size();
    }
}
