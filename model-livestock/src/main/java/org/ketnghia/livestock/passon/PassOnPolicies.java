package org.ketnghia.livestock.passon;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ketnghia.core.error.CoreErrorCode;
import org.ketnghia.core.error.KetnghiaException;
import org.ketnghia.core.error.Problem;
import org.ketnghia.core.error.Problems;
import org.ketnghia.core.json.KetnghiaJson;
import org.ketnghia.livestock.LivestockErrorCode;

/**
 * A catalogue of pass-on policies by id: the three that ship ({@link #standard()}) — first female
 * offspring, first calf of any sex, mother returned when her female calf is 6 months old — and any
 * a host defines in JSON ({@link #fromJson}, an array of policy objects).
 *
 * <p>Immutable and thread-safe.
 */
public final class PassOnPolicies {

    /** Id of the shipped "first female offspring" policy (Heifer's rule). */
    public static final String FIRST_FEMALE_OFFSPRING = "first-female-offspring";
    /** Id of the shipped "first calf of any sex" policy. */
    public static final String FIRST_CALF_ANY_SEX = "first-calf-any-sex";
    /** Id of the shipped "mother returned when her female calf is 6 months old" policy. */
    public static final String MOTHER_RETURNED = "mother-returned-at-six-months";

    private static final String RESOURCE = "/org/ketnghia/livestock/pass-on-policies.json";

    private final Map<String, PassOnPolicy> byId;

    private PassOnPolicies(Map<String, PassOnPolicy> byId) {
        this.byId = java.util.Collections.unmodifiableMap(byId);
    }

    /** The policies that ship with the model. */
    public static PassOnPolicies standard() {
        return Holder.STANDARD;
    }

    /**
     * A catalogue of {@code policies}.
     *
     * @throws KetnghiaException {@link CoreErrorCode#VALUE_DUPLICATE} for each repeated id
     */
    public static PassOnPolicies of(Collection<PassOnPolicy> policies) {
        Problems problems = new Problems();
        Map<String, PassOnPolicy> byId = new LinkedHashMap<>();
        int index = 0;
        for (PassOnPolicy policy : policies) {
            if (byId.putIfAbsent(policy.id(), policy) != null) {
                problems.add(CoreErrorCode.VALUE_DUPLICATE, "[" + index + "].id", policy.id());
            }
            index++;
        }
        problems.throwIfAny();
        return new PassOnPolicies(byId);
    }

    /**
     * Reads a JSON array of policies, reporting every problem of every policy at once (fields
     * prefixed {@code [i].}).
     *
     * @throws KetnghiaException if the JSON is unreadable or any policy is invalid
     */
    public static PassOnPolicies fromJson(InputStream json, ObjectMapper mapper) {
        requireNonNull(json, "json");
        requireNonNull(mapper, "mapper");
        JsonNode array;
        try {
            array = mapper.readTree(json);
        } catch (IOException e) {
            throw KetnghiaException.of(CoreErrorCode.JSON_UNREADABLE, "", e.getMessage());
        }
        if (array == null || !array.isArray()) {
            throw KetnghiaException.of(CoreErrorCode.JSON_UNREADABLE, "", "expected an array of pass-on policies");
        }
        Problems problems = new Problems();
        List<PassOnPolicy> policies = new ArrayList<>();
        for (int i = 0; i < array.size(); i++) {
            try {
                policies.add(mapper.treeToValue(array.get(i), PassOnPolicy.class));
            } catch (KetnghiaException invalid) {
                problems.addNested("[" + i + "]", invalid);
            } catch (com.fasterxml.jackson.databind.JsonMappingException mapping) {
                if (mapping.getCause() instanceof KetnghiaException invalid) {
                    problems.addNested("[" + i + "]", invalid);
                } else {
                    problems.add(CoreErrorCode.JSON_UNREADABLE, "[" + i + "]", mapping.getOriginalMessage());
                }
            } catch (IOException e) {
                problems.add(CoreErrorCode.JSON_UNREADABLE, "[" + i + "]", e.getMessage());
            }
        }
        problems.throwIfAny();
        return of(policies);
    }

    /** The policy with {@code id}, if any. */
    public Optional<PassOnPolicy> policy(String id) {
        return Optional.ofNullable(byId.get(requireNonNull(id, "id")));
    }

    /**
     * The policy with {@code id}.
     *
     * @throws KetnghiaException {@link LivestockErrorCode#LIVESTOCK_POLICY_UNKNOWN} if there is none
     */
    public PassOnPolicy require(String id) {
        return policy(id).orElseThrow(() -> new KetnghiaException(
                List.of(Problem.of(LivestockErrorCode.LIVESTOCK_POLICY_UNKNOWN, "passOnPolicyId", id))));
    }

    /** Every policy, in catalogue order; immutable. */
    public List<PassOnPolicy> policies() {
        return List.copyOf(byId.values());
    }

    /** This catalogue plus {@code others}; an id present in both is an error. */
    public PassOnPolicies with(PassOnPolicies others) {
        List<PassOnPolicy> all = new ArrayList<>(byId.values());
        all.addAll(others.policies());
        return of(all);
    }

    private static final class Holder {
        static final PassOnPolicies STANDARD = load();

        private static PassOnPolicies load() {
            try (InputStream in = PassOnPolicies.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("missing resource " + RESOURCE);
                }
                return fromJson(in, KetnghiaJson.newObjectMapper());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
