package org.ketnghia.core.json.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.BeanProperty;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializationConfig;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.BeanSerializerModifier;
import com.fasterxml.jackson.databind.ser.ContextualSerializer;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import com.fasterxml.jackson.databind.type.CollectionType;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Makes sets canonical in JSON, which the ledger's hash chain needs: a set of comparable
 * elements is always written in sorted order (whatever order it has in memory — {@code Set.of}
 * and {@code HashSet} order changes from one JVM to the next), and a set is always read back
 * into a {@link LinkedHashSet}, keeping the order it was written in.
 */
public final class CanonicalSets {

    private CanonicalSets() {
    }

    public static SimpleModule module() {
        SimpleModule module = new SimpleModule("ketnghia-canonical-sets");
        module.addAbstractTypeMapping(Set.class, LinkedHashSet.class);
        module.setSerializerModifier(new BeanSerializerModifier() {
            @Override
            public JsonSerializer<?> modifyCollectionSerializer(SerializationConfig config, CollectionType type,
                    BeanDescription description, JsonSerializer<?> serializer) {
                return Set.class.isAssignableFrom(type.getRawClass()) ? new SortedSetSerializer(serializer) : serializer;
            }
        });
        return module;
    }

    /** Writes a set's elements sorted when they are all comparable, through the usual collection serializer. */
    private static final class SortedSetSerializer extends StdSerializer<Set<?>> implements ContextualSerializer {

        private static final long serialVersionUID = 1L;

        private final transient JsonSerializer<Object> delegate;

        @SuppressWarnings("unchecked")
        SortedSetSerializer(JsonSerializer<?> delegate) {
            super(Set.class, false);
            this.delegate = (JsonSerializer<Object>) delegate;
        }

        @Override
        public JsonSerializer<?> createContextual(SerializerProvider provider, BeanProperty property)
                throws JsonMappingException {
            JsonSerializer<?> contextual = delegate instanceof ContextualSerializer aware
                    ? aware.createContextual(provider, property) : delegate;
            return contextual == delegate ? this : new SortedSetSerializer(contextual);
        }

        @Override
        public boolean isEmpty(SerializerProvider provider, Set<?> value) {
            return value == null || value.isEmpty();
        }

        @Override
        public void serialize(Set<?> value, JsonGenerator generator, SerializerProvider provider) throws IOException {
            delegate.serialize(sortedIfComparable(value), generator, provider);
        }

        @SuppressWarnings({"unchecked", "rawtypes"})
        private static Object sortedIfComparable(Set<?> value) {
            if (value.size() < 2) {
                return value;
            }
            for (Object element : value) {
                if (!(element instanceof Comparable)) {
                    return value;
                }
            }
            List sorted = new ArrayList<>(value);
            sorted.sort(null);
            return new LinkedHashSet<>(sorted);
        }
    }
}
