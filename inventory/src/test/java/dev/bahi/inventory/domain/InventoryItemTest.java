package dev.bahi.inventory.domain;

import static dev.bahi.platform.runtime.testing.ErrorCodeMatchers.violation;
import static dev.bahi.platform.runtime.testing.ErrorCodeMatchers.withCode;

import dev.bahi.inventory.api.ArchiveItem;
import dev.bahi.inventory.api.ItemArchived;
import dev.bahi.inventory.api.ItemChanges;
import dev.bahi.inventory.api.ItemDetails;
import dev.bahi.inventory.api.ItemRegistered;
import dev.bahi.inventory.api.ItemUpdated;
import dev.bahi.inventory.api.LowStockDetected;
import dev.bahi.inventory.api.RecordStockMovement;
import dev.bahi.inventory.api.RegisterItem;
import dev.bahi.inventory.api.StockMovementKind;
import dev.bahi.inventory.api.StockMovementRecorded;
import dev.bahi.inventory.api.StockReplenished;
import dev.bahi.inventory.api.Unit;
import dev.bahi.inventory.api.UpdateItem;
import dev.bahi.platform.kernel.NotFound;
import dev.bahi.platform.kernel.StateConflict;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class InventoryItemTest {
    static final String TENANT = "0193a5c2-7d4e-7c1a-9f3b-2a6d8e4c1b07";
    static final String OTHER_TENANT = "0193a5c2-7d4e-7c1a-9f3b-2a6d8e4c1b08";
    static final String ITEM = "0193a5c3-0000-7000-8000-000000000001";
    static final Instant NOW = Instant.parse("2026-11-25T04:15:00Z");

    /** The strict-stock setting the fixture's items see; tests flip it. */
    static final class Rules implements StockRules {
        boolean strict;

        @Override
        public boolean strictStock(String tenantId) {
            return strict;
        }
    }

    private FixtureConfiguration<InventoryItem> fixture;
    private final Rules rules = new Rules();

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(InventoryItem.class);
        fixture.registerInjectableResource(Clock.fixed(NOW, ZoneOffset.UTC));
        fixture.registerInjectableResource(rules);
    }

    static BigDecimal q(String value) {
        return new BigDecimal(value);
    }

    /** Aashirvaad Atta 5 kg as the catalogue keeps it: minimum 10 packs. */
    static ItemDetails atta() {
        return new ItemDetails("ATTA-5KG", "Aashirvaad Atta 5 kg", "8901725133979", "1101", q("5"), null, Unit.PCS,
                28500, true, 29500L, 25000L, q("10"));
    }

    static ItemDetails looseSugar() {
        return new ItemDetails("SUGAR-LOOSE", "Sugar (loose)", null, "1701", q("5"), null, Unit.KG, 4600, true, null,
                4150L, q("25"));
    }

    static ItemRegistered registered(ItemDetails details) {
        return new ItemRegistered(TENANT, ITEM, details, NOW);
    }

    static RecordStockMovement move(StockMovementKind kind, String quantity) {
        return move(kind, quantity, null, null);
    }

    static RecordStockMovement move(StockMovementKind kind, String quantity, Unit unit, String note) {
        return new RecordStockMovement(ITEM, TENANT, "m-" + kind + "-" + quantity, kind, q(quantity), unit, null, null,
                null, note);
    }

    static StockMovementRecorded recorded(long sequence, StockMovementKind kind, String quantity, String change,
                                          String balance, Unit unit) {
        return new StockMovementRecorded(TENANT, ITEM, "m-" + kind + "-" + quantity, sequence, kind, q(quantity),
                q(change), q(balance), unit, null, null, null, null, NOW);
    }

    @Nested
    class Catalogue {
        @Test
        void a_valid_item_is_registered_with_its_details_normalised() {
            ItemDetails typed = new ItemDetails(" atta-5kg ", " Aashirvaad Atta 5 kg ", " 8901725133979 ", "1101 00",
                    q("5.00"), q("0"), Unit.PCS, 28500, true, 29500L, 25000L, q("10.000"));
            fixture.givenNoPriorActivity()
                    .when(new RegisterItem(ITEM, TENANT, typed))
                    .expectEvents(registered(new ItemDetails("ATTA-5KG", "Aashirvaad Atta 5 kg", "8901725133979",
                            "110100", q("5"), null, Unit.PCS, 28500, true, 29500L, 25000L, q("10"))));
        }

        @Test
        void an_hsn_code_of_the_wrong_length_is_refused() {
            fixture.givenNoPriorActivity()
                    .when(new RegisterItem(ITEM, TENANT, with(atta(), "hsn", "11011")))
                    .expectException(violation("HSN_INVALID", "hsn"))
                    .expectNoEvents();
        }

        @Test
        void a_gst_rate_the_law_does_not_know_is_refused() {
            ItemDetails d = atta();
            fixture.givenNoPriorActivity()
                    .when(new RegisterItem(ITEM, TENANT, new ItemDetails(d.sku(), d.name(), d.barcode(), d.hsn(), q("7"),
                            null, d.unit(), d.salePrice(), true, d.mrp(), d.purchasePrice(), d.minStock())))
                    .expectException(violation("GST_RATE_INVALID", "gstRate"))
                    .expectNoEvents();
        }

        @Test
        void a_barcode_with_a_wrong_check_digit_is_refused() {
            fixture.givenNoPriorActivity()
                    .when(new RegisterItem(ITEM, TENANT, with(atta(), "barcode", "8901725133970")))
                    .expectException(violation("BARCODE_CHECK_DIGIT", "barcode"))
                    .expectNoEvents();
        }

        @Test
        void a_sale_price_above_the_mrp_is_refused() {
            ItemDetails d = atta();
            fixture.givenNoPriorActivity()
                    .when(new RegisterItem(ITEM, TENANT, new ItemDetails(d.sku(), d.name(), d.barcode(), d.hsn(),
                            d.gstRate(), null, d.unit(), 30000, true, 29500L, d.purchasePrice(), d.minStock())))
                    .expectException(violation("SALE_PRICE_ABOVE_MRP", "salePrice"))
                    .expectNoEvents();
        }

        @Test
        void a_fractional_minimum_of_a_counted_item_is_refused() {
            ItemDetails d = atta();
            fixture.givenNoPriorActivity()
                    .when(new RegisterItem(ITEM, TENANT, new ItemDetails(d.sku(), d.name(), d.barcode(), d.hsn(),
                            d.gstRate(), null, d.unit(), d.salePrice(), true, d.mrp(), d.purchasePrice(), q("2.5"))))
                    .expectException(violation("QUANTITY_NOT_WHOLE", "minStock"))
                    .expectNoEvents();
        }

        @Test
        void a_cess_rate_outside_zero_to_hundred_is_refused() {
            ItemDetails d = atta();
            fixture.givenNoPriorActivity()
                    .when(new RegisterItem(ITEM, TENANT, new ItemDetails(d.sku(), d.name(), d.barcode(), d.hsn(),
                            d.gstRate(), q("-1"), d.unit(), d.salePrice(), true, d.mrp(), d.purchasePrice(), d.minStock())))
                    .expectException(violation("CESS_RATE_INVALID", "cessRate"))
                    .expectNoEvents();
        }

        @Test
        void a_change_merges_into_the_details_and_an_empty_field_list_clears() {
            ItemChanges changes = new ItemChanges("Aashirvaad Select Atta 5 kg", null, null, null, null, null, 27500L,
                    null, null, null, null, Set.of("mrp"));
            ItemDetails d = atta();
            fixture.given(registered(d))
                    .when(new UpdateItem(ITEM, TENANT, changes))
                    .expectEvents(new ItemUpdated(TENANT, ITEM, new ItemDetails(d.sku(), "Aashirvaad Select Atta 5 kg",
                            d.barcode(), d.hsn(), d.gstRate(), null, d.unit(), 27500, true, null, d.purchasePrice(),
                            d.minStock()), NOW));
        }

        @Test
        void a_change_that_changes_nothing_records_nothing() {
            fixture.given(registered(atta()))
                    .when(new UpdateItem(ITEM, TENANT, new ItemChanges("Aashirvaad Atta 5 kg", null, null, null, null,
                            null, null, null, null, null, null, Set.of())))
                    .expectSuccessfulHandlerExecution()
                    .expectNoEvents();
        }

        @Test
        void a_new_mrp_below_the_sale_price_is_refused() {
            fixture.given(registered(atta()))
                    .when(new UpdateItem(ITEM, TENANT, new ItemChanges(null, null, null, null, null, null, null, null,
                            20000L, null, null, Set.of())))
                    .expectException(violation("SALE_PRICE_ABOVE_MRP", "salePrice"))
                    .expectNoEvents();
        }

        @Test
        void the_unit_does_not_change_once_stock_has_moved() {
            fixture.given(registered(atta()), recorded(1, StockMovementKind.RECEIVED, "50", "50", "50", Unit.PCS))
                    .when(new UpdateItem(ITEM, TENANT, new ItemChanges(null, null, null, null, null, Unit.BOX, null,
                            null, null, null, null, Set.of())))
                    .expectException(withCode(StateConflict.class, "UNIT_IN_USE"))
                    .expectNoEvents();
        }

        @Test
        void raising_the_minimum_above_stock_on_hand_detects_low_stock() {
            ItemDetails d = atta();
            ItemDetails raised = new ItemDetails(d.sku(), d.name(), d.barcode(), d.hsn(), d.gstRate(), null, d.unit(),
                    d.salePrice(), true, d.mrp(), d.purchasePrice(), q("60"));
            fixture.given(registered(d), recorded(1, StockMovementKind.RECEIVED, "50", "50", "50", Unit.PCS))
                    .when(new UpdateItem(ITEM, TENANT, new ItemChanges(null, null, null, null, null, null, null, null,
                            null, null, q("60"), Set.of())))
                    .expectEvents(new ItemUpdated(TENANT, ITEM, raised, NOW),
                            new LowStockDetected(TENANT, ITEM, "ATTA-5KG", d.name(), q("50"), q("60"), Unit.PCS, NOW));
        }

        @Test
        void an_archived_item_is_archived_once() {
            fixture.given(registered(atta()), new ItemArchived(TENANT, ITEM, NOW))
                    .when(new ArchiveItem(ITEM, TENANT))
                    .expectException(withCode(StateConflict.class, "ITEM_ALREADY_ARCHIVED"))
                    .expectNoEvents();
        }

        @Test
        void another_shop_cannot_learn_that_the_item_exists() {
            fixture.given(registered(atta()))
                    .when(new ArchiveItem(ITEM, OTHER_TENANT))
                    .expectException(withCode(NotFound.class, "ITEM_NOT_FOUND"))
                    .expectNoEvents();
        }
    }

    @Nested
    class Stock {
        @Test
        void received_goods_add_to_stock_and_set_the_purchase_price() {
            fixture.given(registered(atta()))
                    .when(new RecordStockMovement(ITEM, TENANT, "m1", StockMovementKind.RECEIVED, q("50"), null, 24800L,
                            " Gupta Distributors ", "Bill 881", " Invoice 881 "))
                    .expectEvents(new StockMovementRecorded(TENANT, ITEM, "m1", 1, StockMovementKind.RECEIVED, q("50"),
                            q("50"), q("50"), Unit.PCS, 24800L, "Gupta Distributors", "Bill 881", "Invoice 881", NOW));
        }

        @Test
        void a_sale_in_grams_of_a_loose_item_is_issued_in_kilograms() {
            fixture.given(registered(looseSugar()), recorded(1, StockMovementKind.RECEIVED, "142.75", "142.75",
                            "142.75", Unit.KG))
                    .when(move(StockMovementKind.SALE, "250", Unit.G, null))
                    .expectEvents(new StockMovementRecorded(TENANT, ITEM, "m-SALE-250", 2, StockMovementKind.SALE,
                            q("0.25"), q("-0.25"), q("142.5"), Unit.KG, null, null, null, null, NOW));
        }

        @Test
        void a_movement_in_an_incompatible_unit_is_refused() {
            fixture.given(registered(looseSugar()))
                    .when(move(StockMovementKind.RECEIVED, "2", Unit.L, null))
                    .expectException(violation("UNIT_INCOMPATIBLE", "unit"))
                    .expectNoEvents();
        }

        @Test
        void counted_units_take_whole_numbers_only() {
            fixture.given(registered(atta()))
                    .when(move(StockMovementKind.RECEIVED, "1.5"))
                    .expectException(violation("QUANTITY_NOT_WHOLE", "quantity"))
                    .expectNoEvents();
        }

        @Test
        void more_than_grams_precision_is_refused() {
            fixture.given(registered(looseSugar()))
                    .when(move(StockMovementKind.RECEIVED, "0.0005"))
                    .expectException(violation("QUANTITY_TOO_PRECISE", "quantity"))
                    .expectNoEvents();
        }

        @Test
        void zero_and_negative_quantities_are_refused() {
            fixture.given(registered(atta()))
                    .when(move(StockMovementKind.SALE, "0"))
                    .expectException(violation("QUANTITY_NOT_POSITIVE", "quantity"))
                    .expectNoEvents();
            fixture.given(registered(atta()))
                    .when(move(StockMovementKind.RECEIVED, "-3"))
                    .expectException(violation("QUANTITY_NOT_POSITIVE", "quantity"))
                    .expectNoEvents();
        }

        @Test
        void a_count_sets_the_counted_quantity_and_records_the_difference() {
            fixture.given(registered(atta()), recorded(1, StockMovementKind.RECEIVED, "50", "50", "50", Unit.PCS))
                    .when(move(StockMovementKind.COUNT, "47"))
                    .expectEvents(recorded(2, StockMovementKind.COUNT, "47", "-3", "47", Unit.PCS));
        }

        @Test
        void a_count_of_zero_empties_the_shelf() {
            fixture.given(registered(atta()), recorded(1, StockMovementKind.RECEIVED, "50", "50", "50", Unit.PCS))
                    .when(move(StockMovementKind.COUNT, "0"))
                    .expectEvents(recorded(2, StockMovementKind.COUNT, "0", "-50", "0", Unit.PCS),
                            new LowStockDetected(TENANT, ITEM, "ATTA-5KG", "Aashirvaad Atta 5 kg", q("0"), q("10"),
                                    Unit.PCS, NOW));
        }

        @Test
        void a_write_off_needs_a_reason() {
            fixture.given(registered(atta()), recorded(1, StockMovementKind.RECEIVED, "50", "50", "50", Unit.PCS))
                    .when(move(StockMovementKind.WRITE_OFF, "2"))
                    .expectException(violation("NOTE_REQUIRED", "note"))
                    .expectNoEvents();
        }

        @Test
        void opening_stock_comes_before_any_other_movement() {
            fixture.given(registered(atta()), recorded(1, StockMovementKind.RECEIVED, "50", "50", "50", Unit.PCS))
                    .when(move(StockMovementKind.OPENING, "20"))
                    .expectException(withCode(StateConflict.class, "OPENING_STOCK_AFTER_MOVEMENTS"))
                    .expectNoEvents();
        }

        @Test
        void a_purchase_price_only_comes_with_received_goods() {
            fixture.given(registered(atta()))
                    .when(new RecordStockMovement(ITEM, TENANT, "m1", StockMovementKind.SALE, q("1"), null, 100L, null,
                            null, null))
                    .expectException(violation("PURCHASE_PRICE_NOT_ALLOWED", "purchasePrice"))
                    .expectNoEvents();
        }

        @Test
        void by_default_a_sale_may_take_stock_below_zero_because_the_sale_happened() {
            fixture.given(registered(atta()), recorded(1, StockMovementKind.RECEIVED, "1", "1", "1", Unit.PCS),
                            new LowStockDetected(TENANT, ITEM, "ATTA-5KG", "Aashirvaad Atta 5 kg", q("1"), q("10"),
                                    Unit.PCS, NOW))
                    .when(move(StockMovementKind.SALE, "3"))
                    .expectEvents(recorded(2, StockMovementKind.SALE, "3", "-3", "-2", Unit.PCS));
        }

        @Test
        void with_strict_stock_a_sale_that_would_oversell_is_refused() {
            rules.strict = true;
            fixture.given(registered(atta()), recorded(1, StockMovementKind.RECEIVED, "1", "1", "1", Unit.PCS))
                    .when(move(StockMovementKind.SALE, "3"))
                    .expectException(withCode(StateConflict.class, "INSUFFICIENT_STOCK"))
                    .expectNoEvents();
        }

        @Test
        void with_strict_stock_the_last_units_can_still_be_sold() {
            rules.strict = true;
            fixture.given(registered(looseSugar()), recorded(1, StockMovementKind.RECEIVED, "0.5", "0.5", "0.5",
                            Unit.KG), new LowStockDetected(TENANT, ITEM, "SUGAR-LOOSE", "Sugar (loose)", q("0.5"),
                            q("25"), Unit.KG, NOW))
                    .when(move(StockMovementKind.SALE, "500", Unit.G, null))
                    .expectEvents(new StockMovementRecorded(TENANT, ITEM, "m-SALE-500", 2, StockMovementKind.SALE,
                            q("0.5"), q("-0.5"), q("0"), Unit.KG, null, null, null, null, NOW));
        }

        @Test
        void an_archived_item_is_neither_sold_nor_received_but_its_leftovers_can_be_written_off() {
            fixture.given(registered(atta()), recorded(1, StockMovementKind.RECEIVED, "50", "50", "50", Unit.PCS),
                            new ItemArchived(TENANT, ITEM, NOW))
                    .when(move(StockMovementKind.SALE, "1"))
                    .expectException(withCode(StateConflict.class, "ITEM_ARCHIVED"));
            fixture.given(registered(atta()), recorded(1, StockMovementKind.RECEIVED, "50", "50", "50", Unit.PCS),
                            new ItemArchived(TENANT, ITEM, NOW))
                    .when(move(StockMovementKind.WRITE_OFF, "50", null, "discontinued"))
                    .expectSuccessfulHandlerExecution();
        }

        @Test
        void another_shop_cannot_move_the_stock() {
            fixture.given(registered(atta()))
                    .when(new RecordStockMovement(ITEM, OTHER_TENANT, "m1", StockMovementKind.RECEIVED, q("5"), null,
                            null, null, null, null))
                    .expectException(withCode(NotFound.class, "ITEM_NOT_FOUND"))
                    .expectNoEvents();
        }
    }

    @Nested
    class LowStock {
        private final List<Object> history = new ArrayList<>(List.of(registered(atta()),
                recorded(1, StockMovementKind.RECEIVED, "12", "12", "12", Unit.PCS)));

        @Test
        void falling_to_the_minimum_is_detected() {
            fixture.given(history)
                    .when(move(StockMovementKind.SALE, "2"))
                    .expectEvents(recorded(2, StockMovementKind.SALE, "2", "-2", "10", Unit.PCS),
                            new LowStockDetected(TENANT, ITEM, "ATTA-5KG", "Aashirvaad Atta 5 kg", q("10"), q("10"),
                                    Unit.PCS, NOW));
        }

        @Test
        void further_sales_below_the_minimum_raise_no_second_alert() {
            history.add(recorded(2, StockMovementKind.SALE, "2", "-2", "10", Unit.PCS));
            history.add(new LowStockDetected(TENANT, ITEM, "ATTA-5KG", "Aashirvaad Atta 5 kg", q("10"), q("10"),
                    Unit.PCS, NOW));
            fixture.given(history)
                    .when(move(StockMovementKind.SALE, "3"))
                    .expectEvents(recorded(3, StockMovementKind.SALE, "3", "-3", "7", Unit.PCS));
        }

        @Test
        void rising_back_above_the_minimum_is_reported_as_replenished() {
            history.add(recorded(2, StockMovementKind.SALE, "5", "-5", "7", Unit.PCS));
            history.add(new LowStockDetected(TENANT, ITEM, "ATTA-5KG", "Aashirvaad Atta 5 kg", q("7"), q("10"),
                    Unit.PCS, NOW));
            fixture.given(history)
                    .when(move(StockMovementKind.RECEIVED, "13"))
                    .expectEvents(recorded(3, StockMovementKind.RECEIVED, "13", "13", "20", Unit.PCS),
                            new StockReplenished(TENANT, ITEM, "ATTA-5KG", "Aashirvaad Atta 5 kg", q("20"), q("10"),
                                    Unit.PCS, NOW));
        }
    }

    private static ItemDetails with(ItemDetails d, String field, String value) {
        return new ItemDetails(d.sku(), d.name(), field.equals("barcode") ? value : d.barcode(),
                field.equals("hsn") ? value : d.hsn(), d.gstRate(), d.cessRate(), d.unit(), d.salePrice(),
                d.priceIncludesTax(), d.mrp(), d.purchasePrice(), d.minStock());
    }
}
