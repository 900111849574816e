package org.ketnghia.testing.evolution;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.ketnghia.core.ledger.EventUpcaster;
import org.ketnghia.core.ledger.LedgerEvent;
import org.ketnghia.core.ledger.ProjectionDefinition;
import org.ketnghia.core.spi.LedgerFeature;

/**
 * A small stock-book feature whose events changed shape after a ledger was recorded, in the three ways
 * event types change (<i>thay đổi lược đồ sự kiện</i>): {@link ItemRegistered} gained a field with a default,
 * {@link ItemMoved} had a field renamed, and {@code evolution.stock-changed} was split into {@link
 * StockReceived} and {@link StockIssued} by its {@code direction}. {@link #RECORDED_V1} is a ledger recorded
 * by the code before any of this (commit {@code 8dd5534}, 5 December 2026, before events had versions); the
 * upcasters here let the current code open, verify and replay it. A worked example for model authors.
 */
public final class EvolvedStockFeature implements LedgerFeature {

    /** The category of an item registered before items had one. */
    public static final String DEFAULT_CATEGORY = "chưa phân loại";

    /** The recorded ledger, JSON Lines, as a class-path resource next to this class. */
    public static final String RECORDED_V1 = "recorded-v1-2026-12-05.jsonl";

    /** The type id of the event split in two. */
    public static final String STOCK_CHANGED = "evolution.stock-changed";

    @Override
    public List<Class<? extends LedgerEvent>> eventTypes() {
        return List.of(ItemRegistered.class, ItemMoved.class, StockReceived.class, StockIssued.class);
    }

    @Override
    public List<EventUpcaster> eventUpcasters() {
        return List.of(
                EventUpcaster.nextVersion(ItemRegistered.TYPE, 1, payload -> payload.put("category", DEFAULT_CATEGORY)),
                EventUpcaster.nextVersion(ItemMoved.TYPE, 1, payload -> payload.set("destinationUnit", payload.remove("toUnit"))),
                EventUpcaster.of(STOCK_CHANGED, 1, payload -> {
                    String direction = payload.remove("direction").asText();
                    String type = switch (direction) {
                        case "IN" -> StockReceived.TYPE;
                        case "OUT" -> StockIssued.TYPE;
                        default -> throw new IllegalArgumentException("direction must be IN or OUT: " + direction);
                    };
                    return new EventUpcaster.Upcast(type, 1, payload);
                }));
    }

    @Override
    public List<ProjectionDefinition<?>> projections() {
        return List.of(ProjectionDefinition.of(StockBook.class, StockBook::new));
    }

    /** The lines of {@link #RECORDED_V1}. */
    public static List<String> recordedV1Lines() {
        try (InputStream in = EvolvedStockFeature.class.getResourceAsStream(RECORDED_V1)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RECORDED_V1);
            }
            return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().filter(l -> !l.isBlank()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
