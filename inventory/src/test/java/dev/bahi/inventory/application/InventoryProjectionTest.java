package dev.bahi.inventory.application;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bahi.inventory.adapter.out.persistence.MongoInventorySettingsStore;
import dev.bahi.inventory.adapter.out.persistence.MongoItemReadModel;
import dev.bahi.inventory.adapter.out.persistence.MongoStockMovementReadModel;
import dev.bahi.inventory.api.FindInventorySettings;
import dev.bahi.inventory.api.FindItem;
import dev.bahi.inventory.api.FindStockLevel;
import dev.bahi.inventory.api.FindStockValuation;
import dev.bahi.inventory.api.InventorySettings;
import dev.bahi.inventory.api.InventorySettingsChanged;
import dev.bahi.inventory.api.ItemArchived;
import dev.bahi.inventory.api.ItemDetails;
import dev.bahi.inventory.api.ItemPage;
import dev.bahi.inventory.api.ItemRegistered;
import dev.bahi.inventory.api.ItemUpdated;
import dev.bahi.inventory.api.ItemView;
import dev.bahi.inventory.api.ListItems;
import dev.bahi.inventory.api.ListStockMovements;
import dev.bahi.inventory.api.StockLevel;
import dev.bahi.inventory.api.StockMovementKind;
import dev.bahi.inventory.api.StockMovementPage;
import dev.bahi.inventory.api.StockMovementRecorded;
import dev.bahi.inventory.api.StockMovementView;
import dev.bahi.inventory.api.StockValuation;
import dev.bahi.inventory.api.Unit;
import dev.bahi.platform.runtime.axon.BatchedWrites;
import dev.bahi.platform.runtime.testing.EmbeddedMongoExtension;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.assertj.core.api.recursive.comparison.RecursiveComparisonConfiguration;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.messaging.ResultMessage;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The inventory projections and query handler called as plain objects, on the embedded store. */
class InventoryProjectionTest {
    private static final String SHOP = "0193a5c2-7d4e-7c1a-9f3b-2a6d8e4c1b07";
    private static final String OTHER_SHOP = "0193a5c2-7d4e-7c1a-9f3b-2a6d8e4c1b99";
    private static final String DAL = "0193b1d0-0000-7000-8000-000000000001";
    private static final String SALT = "0193b1d0-0000-7000-8000-000000000002";
    private static final Instant REGISTERED_AT = Instant.parse("2026-01-05T09:30:00Z");
    private static final Instant T1 = Instant.parse("2026-01-06T10:00:00Z");
    private static final Instant T2 = Instant.parse("2026-01-07T10:00:00Z");
    private static final Instant T3 = Instant.parse("2026-01-08T10:00:00Z");
    private static final Instant T4 = Instant.parse("2026-01-09T10:00:00Z");
    private static final RecursiveComparisonConfiguration BY_VALUE = RecursiveComparisonConfiguration.builder()
            .withComparatorForType(BigDecimal::compareTo, BigDecimal.class).build();

    @RegisterExtension
    static final EmbeddedMongoExtension mongo = new EmbeddedMongoExtension("inventory");

    private MongoItemReadModel items;
    private MongoStockMovementReadModel movements;
    private MongoInventorySettingsStore settings;
    private InventoryProjection projection;
    private InventorySettingsProjection settingsProjection;
    private InventoryQueryHandler queries;

    @BeforeEach
    void setUp() {
        items = new MongoItemReadModel(mongo.template());
        movements = new MongoStockMovementReadModel(mongo.template());
        settings = new MongoInventorySettingsStore(mongo.template());
        projection = new InventoryProjection(items, movements);
        settingsProjection = new InventorySettingsProjection(settings);
        queries = new InventoryQueryHandler(items, movements, settings);
    }

    // ---------------------------------------------------------------- fixtures

    /** Toor dal, loose, kept in KG: ₹41.70 a kilo to buy (when priced), low at {@code minStock} KG. */
    private static ItemDetails dal(Long purchasePrice, String minStock) {
        return new ItemDetails("DAL-TOOR", "Toor Dal (loose)", null, "0713", new BigDecimal("5"), null, Unit.KG,
                14_250L, false, 15_000L, purchasePrice, new BigDecimal(minStock));
    }

    private static ItemDetails withPrice(ItemDetails d, Long purchasePrice) {
        return new ItemDetails(d.sku(), d.name(), d.barcode(), d.hsn(), d.gstRate(), d.cessRate(), d.unit(),
                d.salePrice(), d.priceIncludesTax(), d.mrp(), purchasePrice, d.minStock());
    }

    private static ItemRegistered registered(String tenantId, String itemId, ItemDetails details) {
        return new ItemRegistered(tenantId, itemId, details, REGISTERED_AT);
    }

    private static StockMovementRecorded recorded(String tenantId, String itemId, long sequence,
                                                  StockMovementKind kind, String quantity, String change,
                                                  String balance, Long unitCost, Instant at) {
        return new StockMovementRecorded(tenantId, itemId, "mv-" + sequence, sequence, kind, new BigDecimal(quantity),
                new BigDecimal(change), new BigDecimal(balance), Unit.KG, unitCost,
                unitCost == null ? null : "Gupta Distributors", "ref-" + sequence, "note " + sequence, at);
    }

    private static StockMovementRecorded recorded(long sequence, StockMovementKind kind, String quantity,
                                                  String change, String balance, Long unitCost, Instant at) {
        return recorded(SHOP, DAL, sequence, kind, quantity, change, balance, unitCost, at);
    }

    private ItemView dalView() {
        return queries.handle(new FindItem(SHOP, DAL));
    }

    private static void assertSameItem(ItemView actual, ItemView expected) {
        assertThat(actual).usingRecursiveComparison(BY_VALUE).isEqualTo(expected);
    }

    /** Registration, opening stock, a receipt at a new price, a sale, an update, a second item, archiving it. */
    private List<Consumer<InventoryProjection>> history() {
        List<Consumer<InventoryProjection>> events = new ArrayList<>();
        events.add(p -> p.on(registered(SHOP, DAL, dal(4170L, "2"))));
        events.add(p -> p.on(recorded(1, StockMovementKind.OPENING, "40", "40", "40", null, T1)));
        events.add(p -> p.on(recorded(2, StockMovementKind.RECEIVED, "102.5", "102.5", "142.5", 4400L, T2)));
        events.add(p -> p.on(recorded(3, StockMovementKind.SALE, "0.25", "-0.25", "142.25", null, T3)));
        events.add(p -> p.on(new ItemUpdated(SHOP, DAL, withPrice(dal(4400L, "150"), 4400L), T4)));
        events.add(p -> p.on(registered(SHOP, SALT, dal(null, "0"))));
        events.add(p -> p.on(recorded(SHOP, SALT, 1, StockMovementKind.OPENING, "3", "3", "3", null, T1)));
        events.add(p -> p.on(new ItemArchived(SHOP, SALT, T2)));
        return events;
    }

    private record Snapshot(ItemPage items, StockMovementPage dalHistory, StockMovementPage saltHistory) {
    }

    private Snapshot snapshot() {
        return new Snapshot(queries.handle(new ListItems(SHOP, null, false, true, null, null)),
                queries.handle(new ListStockMovements(SHOP, DAL, null, null)),
                queries.handle(new ListStockMovements(SHOP, SALT, null, null)));
    }

    // ---------------------------------------------------------------- items

    @Test
    void a_registered_item_has_no_stock_and_no_value() {
        projection.on(registered(SHOP, DAL, dal(4170L, "2")));

        assertSameItem(dalView(), new ItemView(DAL, SHOP, dal(4170L, "2"), BigDecimal.ZERO, 0L, true, false,
                REGISTERED_AT, REGISTERED_AT));
        assertThat(dalView().onHand()).isEqualByComparingTo("0");
        assertThat(queries.handle(new ListStockMovements(SHOP, DAL, null, null)).movements()).isEmpty();
    }

    @Test
    void a_registered_item_with_no_stock_is_at_its_minimum_and_so_low() {
        projection.on(registered(SHOP, DAL, dal(4170L, "0")));

        assertThat(dalView().lowStock()).as("0 on hand is at a minimum of 0").isTrue();
        assertThat(queries.handle(new ListItems(SHOP, null, true, false, null, null)).items())
                .extracting(ItemView::itemId).containsExactly(DAL);
    }

    @Test
    void a_stock_movement_is_added_to_the_items_history() {
        projection.on(registered(SHOP, DAL, dal(4170L, "2")));

        projection.on(recorded(1, StockMovementKind.RECEIVED, "142.5", "142.5", "142.5", 4170L, T1));

        StockMovementPage history = queries.handle(new ListStockMovements(SHOP, DAL, null, null));
        assertThat(history.movements()).usingRecursiveFieldByFieldElementComparator(BY_VALUE).containsExactly(
                new StockMovementView("mv-1", DAL, 1, StockMovementKind.RECEIVED, new BigDecimal("142.5"),
                        new BigDecimal("142.5"), new BigDecimal("142.5"), Unit.KG, 4170L, "Gupta Distributors",
                        "ref-1", "note 1", T1));
        assertThat(history.nextCursor()).isNull();
    }

    @Test
    void a_stock_movement_sets_on_hand_to_its_balance_and_the_value_at_the_purchase_price() {
        projection.on(registered(SHOP, DAL, dal(4170L, "2")));

        projection.on(recorded(1, StockMovementKind.OPENING, "142.5", "142.5", "142.5", null, T1));

        ItemView dal = dalView();
        assertThat(dal.onHand()).isEqualByComparingTo("142.5");
        assertThat(dal.stockValue()).isEqualTo(594_225L);
        assertThat(dal.lowStock()).isFalse();
        assertThat(dal.updatedAt()).isEqualTo(T1);
        assertThat(dal.registeredAt()).isEqualTo(REGISTERED_AT);
    }

    @Test
    void the_stock_value_is_rounded_half_up_to_the_paisa() {
        projection.on(registered(SHOP, DAL, dal(4170L, "0")));

        projection.on(recorded(1, StockMovementKind.OPENING, "0.25", "0.25", "0.25", null, T1));
        assertThat(dalView().stockValue()).as("0.25 × 4170 = 1042.5").isEqualTo(1_043L);

        projection.on(recorded(2, StockMovementKind.RECEIVED, "0.001", "0.001", "0.251", null, T2));
        assertThat(dalView().stockValue()).as("0.251 × 4170 = 1046.67").isEqualTo(1_047L);
    }

    @Test
    void an_unpriced_item_has_stock_but_no_value() {
        projection.on(registered(SHOP, DAL, dal(null, "2")));

        projection.on(recorded(1, StockMovementKind.OPENING, "40", "40", "40", null, T1));

        assertThat(dalView().onHand()).isEqualByComparingTo("40");
        assertThat(dalView().stockValue()).isZero();
        StockValuation valuation = queries.handle(new FindStockValuation(SHOP, null, null));
        assertThat(valuation.unpricedItems()).isEqualTo(1);
        assertThat(valuation.totalValue()).isZero();
    }

    @Test
    void received_goods_with_a_unit_cost_set_the_purchase_price() {
        projection.on(registered(SHOP, DAL, dal(null, "2")));

        projection.on(recorded(1, StockMovementKind.RECEIVED, "40", "40", "40", 2500L, T1));

        assertThat(dalView().details()).isEqualTo(withPrice(dal(null, "2"), 2500L));
        assertThat(dalView().stockValue()).isEqualTo(100_000L);

        projection.on(recorded(2, StockMovementKind.RECEIVED, "10", "10", "50", 3000L, T2));

        assertThat(dalView().details().purchasePrice()).as("the latest price").isEqualTo(3000L);
        assertThat(dalView().stockValue()).as("all stock at the latest price").isEqualTo(150_000L);
    }

    @Test
    void movements_without_a_unit_cost_keep_the_purchase_price() {
        projection.on(registered(SHOP, DAL, dal(null, "2")));
        projection.on(recorded(1, StockMovementKind.RECEIVED, "40", "40", "40", 2500L, T1));

        projection.on(recorded(2, StockMovementKind.RECEIVED, "10", "10", "50", null, T2));
        projection.on(recorded(3, StockMovementKind.SALE, "1", "-1", "49", null, T3));

        assertThat(dalView().details().purchasePrice()).isEqualTo(2500L);
        assertThat(dalView().stockValue()).isEqualTo(49 * 2500L);
    }

    @Test
    void an_item_is_low_when_on_hand_is_at_or_below_its_minimum() {
        projection.on(registered(SHOP, DAL, dal(4170L, "5")));

        projection.on(recorded(1, StockMovementKind.OPENING, "10", "10", "10", null, T1));
        assertThat(dalView().lowStock()).isFalse();

        projection.on(recorded(2, StockMovementKind.SALE, "4.999", "-4.999", "5.001", null, T2));
        assertThat(dalView().lowStock()).isFalse();

        projection.on(recorded(3, StockMovementKind.SALE, "0.001", "-0.001", "5", null, T3));
        assertThat(dalView().lowStock()).as("at the minimum").isTrue();

        projection.on(recorded(4, StockMovementKind.SALE, "1", "-1", "4", null, T3));
        assertThat(dalView().lowStock()).isTrue();

        projection.on(recorded(5, StockMovementKind.SALE, "5", "-5", "-1", null, T3));
        assertThat(dalView().lowStock()).as("below zero").isTrue();
        assertThat(dalView().stockValue()).as("stock sold below zero is worth nothing").isZero();

        projection.on(recorded(6, StockMovementKind.RECEIVED, "7", "7", "6", null, T4));
        assertThat(dalView().lowStock()).isFalse();
    }

    @Test
    void an_update_replaces_the_details_and_keeps_the_stock() {
        projection.on(registered(SHOP, DAL, dal(4170L, "2")));
        projection.on(recorded(1, StockMovementKind.OPENING, "40", "40", "40", null, T1));

        ItemDetails dearer = withPrice(dal(4170L, "50"), 5000L);
        projection.on(new ItemUpdated(SHOP, DAL, dearer, T2));

        assertSameItem(dalView(), new ItemView(DAL, SHOP, dearer, new BigDecimal("40"), 200_000L, true, false,
                REGISTERED_AT, T2));
    }

    @Test
    void an_update_of_an_archived_item_keeps_it_archived() {
        projection.on(registered(SHOP, DAL, dal(4170L, "2")));
        projection.on(new ItemArchived(SHOP, DAL, T1));

        projection.on(new ItemUpdated(SHOP, DAL, dal(4170L, "9"), T2));

        assertThat(dalView().archived()).isTrue();
        assertThat(dalView().lowStock()).isFalse();
    }

    @Test
    void an_archived_item_is_never_low_and_keeps_its_stock() {
        projection.on(registered(SHOP, DAL, dal(4170L, "50")));
        projection.on(recorded(1, StockMovementKind.OPENING, "40", "40", "40", null, T1));
        assertThat(dalView().lowStock()).isTrue();

        projection.on(new ItemArchived(SHOP, DAL, T2));

        assertSameItem(dalView(), new ItemView(DAL, SHOP, dal(4170L, "50"), new BigDecimal("40"), 166_800L, false,
                true, REGISTERED_AT, T2));
        assertThat(queries.handle(new ListItems(SHOP, null, true, true, null, null)).items()).isEmpty();
        assertThat(queries.handle(new ListItems(SHOP, null, false, false, null, null)).items()).isEmpty();
    }

    @Test
    void a_movement_on_an_archived_item_keeps_it_archived_and_not_low() {
        projection.on(registered(SHOP, DAL, dal(4170L, "50")));
        projection.on(recorded(1, StockMovementKind.OPENING, "40", "40", "40", null, T1));
        projection.on(new ItemArchived(SHOP, DAL, T2));

        projection.on(recorded(2, StockMovementKind.WRITE_OFF, "40", "-40", "0", null, T3));

        assertThat(dalView().archived()).isTrue();
        assertThat(dalView().lowStock()).isFalse();
        assertThat(dalView().onHand()).isEqualByComparingTo("0");
    }

    @Test
    void changes_to_an_item_the_projection_never_saw_create_no_item() {
        projection.on(new ItemUpdated(SHOP, DAL, dal(4170L, "2"), T1));
        projection.on(new ItemArchived(SHOP, DAL, T2));
        projection.on(recorded(1, StockMovementKind.OPENING, "40", "40", "40", null, T1));

        assertThat(dalView()).isNull();
        assertThat(queries.handle(new ListStockMovements(SHOP, DAL, null, null)).movements())
                .as("the history is still kept").hasSize(1);
    }

    @Test
    void events_of_one_shop_leave_the_same_item_id_in_another_shop_alone() {
        projection.on(registered(SHOP, DAL, dal(4170L, "2")));
        projection.on(registered(OTHER_SHOP, DAL, dal(null, "0")));

        projection.on(recorded(1, StockMovementKind.OPENING, "40", "40", "40", null, T1));
        projection.on(new ItemArchived(OTHER_SHOP, DAL, T2));

        assertThat(dalView().onHand()).isEqualByComparingTo("40");
        assertThat(dalView().archived()).isFalse();
        ItemView theirs = queries.handle(new FindItem(OTHER_SHOP, DAL));
        assertThat(theirs.onHand()).isEqualByComparingTo("0");
        assertThat(theirs.archived()).isTrue();
        assertThat(queries.handle(new ListStockMovements(OTHER_SHOP, DAL, null, null)).movements()).isEmpty();
    }

    @Test
    void handling_every_event_twice_leaves_the_same_read_model() {
        history().forEach(event -> event.accept(projection));
        Snapshot once = snapshot();
        projection.reset();

        history().forEach(event -> {
            event.accept(projection);
            event.accept(projection);
        });

        assertThat(snapshot()).usingRecursiveComparison(BY_VALUE).isEqualTo(once);
        assertThat(mongo.template().getCollection("stock_movements").countDocuments()).isEqualTo(4);
        assertThat(mongo.template().getCollection("items").countDocuments()).isEqualTo(2);
    }

    @Test
    void replaying_the_whole_history_again_leaves_the_same_read_model() {
        history().forEach(event -> event.accept(projection));
        Snapshot once = snapshot();

        history().forEach(event -> event.accept(projection));

        assertThat(snapshot()).usingRecursiveComparison(BY_VALUE).isEqualTo(once);
        ItemView dal = dalView();
        assertThat(dal.onHand()).isEqualByComparingTo("142.25");
        assertThat(dal.details().purchasePrice()).isEqualTo(4400L);
        assertThat(dal.stockValue()).as("142.25 × 4400").isEqualTo(625_900L);
        assertThat(dal.lowStock()).as("142.25 <= 150").isTrue();
        assertThat(dal.updatedAt()).isEqualTo(T4);
        assertThat(queries.handle(new FindItem(SHOP, SALT)).archived()).isTrue();
    }

    @Test
    void a_batch_of_events_is_written_after_its_last_event_and_gives_the_same_read_model() throws Exception {
        history().forEach(event -> event.accept(projection));
        Snapshot oneByOne = snapshot();
        projection.reset();

        List<Consumer<InventoryProjection>> history = history();
        List<EventMessage<Integer>> batch = new ArrayList<>();
        for (int i = 0; i < history.size(); i++) {
            batch.add(GenericEventMessage.asEventMessage(i));
        }
        BatchingUnitOfWork<EventMessage<Integer>> unitOfWork = new BatchingUnitOfWork<>(batch);
        BatchedWrites writes = new BatchedWrites();
        List<Long> storedBeforeLastFlush = new ArrayList<>();
        ResultMessage<?> result = unitOfWork.executeWithResult(() -> writes.handle(unitOfWork, () -> {
            history.get(unitOfWork.getMessage().getPayload()).accept(projection);
            if (unitOfWork.isLastMessage()) {
                storedBeforeLastFlush.add(mongo.template().getCollection("items").countDocuments()
                        + mongo.template().getCollection("stock_movements").countDocuments());
            }
            return null;
        }));

        assertThat(result.isExceptional()).isFalse();
        assertThat(storedBeforeLastFlush).as("nothing is written while the batch is handled").containsExactly(0L);
        assertThat(snapshot()).usingRecursiveComparison(BY_VALUE).isEqualTo(oneByOne);
        assertThat(mongo.template().getCollection("stock_movements").countDocuments()).isEqualTo(4);
        assertThat(mongo.template().getCollection("items").countDocuments()).isEqualTo(2);
    }

    @Test
    void a_reset_empties_items_and_history_and_a_replay_rebuilds_them() {
        history().forEach(event -> event.accept(projection));
        Snapshot before = snapshot();

        projection.reset();

        assertThat(mongo.template().getCollection("items").countDocuments()).isZero();
        assertThat(mongo.template().getCollection("stock_movements").countDocuments()).isZero();
        assertThat(dalView()).isNull();
        assertThat(queries.handle(new ListStockMovements(SHOP, DAL, null, null)).movements()).isEmpty();

        history().forEach(event -> event.accept(projection));
        assertThat(snapshot()).usingRecursiveComparison(BY_VALUE).isEqualTo(before);
    }

    // ---------------------------------------------------------------- stock level as of a moment

    private void dalWithThreeMovements() {
        projection.on(registered(SHOP, DAL, dal(4170L, "2")));
        projection.on(recorded(1, StockMovementKind.OPENING, "40", "40", "40", null, T1));
        projection.on(recorded(2, StockMovementKind.RECEIVED, "102.5", "102.5", "142.5", null, T2));
        projection.on(recorded(3, StockMovementKind.SALE, "142.25", "-142.25", "0.25", null, T3));
    }

    @Test
    void the_stock_level_of_an_unknown_item_is_null() {
        dalWithThreeMovements();

        assertThat(queries.handle(new FindStockLevel(SHOP, SALT, T2))).isNull();
        assertThat(queries.handle(new FindStockLevel(SHOP, SALT, null))).isNull();
        assertThat(queries.handle(new FindStockLevel(OTHER_SHOP, DAL, T2))).as("another shop's item").isNull();
    }

    @Test
    void before_the_first_movement_the_stock_level_is_zero() {
        dalWithThreeMovements();

        StockLevel level = queries.handle(new FindStockLevel(SHOP, DAL, T1.minusSeconds(1)));

        assertThat(level.itemId()).isEqualTo(DAL);
        assertThat(level.asOf()).isEqualTo(T1.minusSeconds(1));
        assertThat(level.onHand()).isEqualByComparingTo("0");
        assertThat(level.unit()).isEqualTo(Unit.KG);
        assertThat(level.lastMovement()).isNull();
    }

    @Test
    void an_item_without_movements_has_zero_stock_at_any_moment() {
        projection.on(registered(SHOP, DAL, dal(4170L, "2")));

        assertThat(queries.handle(new FindStockLevel(SHOP, DAL, T4)).onHand()).isEqualByComparingTo("0");
        assertThat(queries.handle(new FindStockLevel(SHOP, DAL, null)).onHand()).isEqualByComparingTo("0");
    }

    @Test
    void the_stock_level_is_the_balance_of_the_last_movement_at_or_before_the_moment() {
        dalWithThreeMovements();

        StockLevel atFirst = queries.handle(new FindStockLevel(SHOP, DAL, T1));
        StockLevel between = queries.handle(new FindStockLevel(SHOP, DAL, T2.plusSeconds(60)));
        StockLevel afterLast = queries.handle(new FindStockLevel(SHOP, DAL, T4));

        assertThat(atFirst.onHand()).isEqualByComparingTo("40");
        assertThat(atFirst.lastMovement().sequence()).isEqualTo(1);
        assertThat(between.onHand()).isEqualByComparingTo("142.5");
        assertThat(between.lastMovement().sequence()).isEqualTo(2);
        assertThat(between.asOf()).isEqualTo(T2.plusSeconds(60));
        assertThat(afterLast.onHand()).isEqualByComparingTo("0.25");
        assertThat(afterLast.lastMovement().movementId()).isEqualTo("mv-3");
        assertThat(afterLast.unit()).isEqualTo(Unit.KG);
    }

    @Test
    void without_a_moment_the_stock_level_is_the_stock_on_hand_now() {
        dalWithThreeMovements();

        StockLevel now = queries.handle(new FindStockLevel(SHOP, DAL, null));

        assertThat(now.onHand()).isEqualByComparingTo("0.25");
        assertThat(now.asOf()).isNull();
        assertThat(now.lastMovement()).isNull();
    }

    // ---------------------------------------------------------------- settings

    @Test
    void a_shop_that_never_changed_its_settings_has_the_defaults() {
        assertThat(queries.handle(new FindInventorySettings(SHOP))).isEqualTo(InventorySettings.defaults(SHOP));
    }

    @Test
    void changed_settings_are_kept_per_shop_and_a_reset_returns_to_the_defaults() {
        settingsProjection.on(new InventorySettingsChanged(SHOP, true, T1));
        settingsProjection.on(new InventorySettingsChanged(SHOP, true, T1));

        assertThat(queries.handle(new FindInventorySettings(SHOP))).isEqualTo(new InventorySettings(SHOP, true, T1));
        assertThat(queries.handle(new FindInventorySettings(OTHER_SHOP)))
                .isEqualTo(InventorySettings.defaults(OTHER_SHOP));

        settingsProjection.on(new InventorySettingsChanged(SHOP, false, T2));
        assertThat(queries.handle(new FindInventorySettings(SHOP))).isEqualTo(new InventorySettings(SHOP, false, T2));

        settingsProjection.reset();
        assertThat(queries.handle(new FindInventorySettings(SHOP))).isEqualTo(InventorySettings.defaults(SHOP));
    }
}
