package org.ketnghia.testing.assertions;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.assertj.core.api.AbstractAssert;
import org.ketnghia.core.disclosure.PublicListing;
import org.ketnghia.core.disclosure.PublicListingRow;
import org.ketnghia.core.ledger.EventEnvelope;
import org.ketnghia.core.participant.privacy.SensitiveAccessor;
import org.ketnghia.core.participant.privacy.SensitiveData;

/** Assertions on a public list (<i>danh sách niêm yết công khai</i>): its rows, and that it holds no sensitive data. */
public final class PublicListingAssert extends AbstractAssert<PublicListingAssert, PublicListing> {

    PublicListingAssert(PublicListing actual) {
        super(actual, PublicListingAssert.class);
    }

    /** It has {@code count} rows. */
    public PublicListingAssert hasRows(int count) {
        isNotNull();
        if (actual.rows().size() != count) {
            failWithMessage("Expected %d rows on the list of %s but found %d", count, actual.communeName(), actual.rows().size());
        }
        return this;
    }

    /**
     * No row shows any value (4 characters or more) of an accessor marked {@code @Sensitive} in {@code events}
     * — ID numbers, birth years, ethnicity, income.
     */
    public PublicListingAssert holdsNoSensitiveDataOf(List<EventEnvelope> events, ObjectMapper mapper) {
        isNotNull();
        Set<String> secrets = new LinkedHashSet<>();
        for (EventEnvelope event : events) {
            JsonNode json = mapper.valueToTree(event.payload());
            for (SensitiveAccessor accessor : SensitiveData.reachableFrom(event.payload().getClass())) {
                collect(json, accessor.path().split("\\."), 0, secrets);
            }
        }
        for (PublicListingRow row : actual.rows()) {
            String text = String.join(" | ", row.headName(), row.villageName(), row.category(), row.support());
            for (String secret : secrets) {
                if (text.contains(secret)) {
                    failWithMessage("The public list of %s shows the sensitive value %s in the row %s", actual.communeName(),
                            secret, text);
                }
            }
        }
        return this;
    }

    private static void collect(JsonNode node, String[] path, int index, Set<String> into) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return;
        }
        if (node.isArray()) {
            node.forEach(element -> collect(element, path, index, into));
        } else if (index == path.length) {
            if (node.isValueNode() && node.asText().length() >= 4) {
                into.add(node.asText());
            }
            node.forEach(child -> collect(child, path, index, into));
        } else {
            collect(node.get(path[index]), path, index + 1, into);
        }
    }
}
