package dev.bahi.inventory.adapter.out.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bahi.inventory.api.InventorySettings;
import dev.bahi.inventory.api.ItemDetails;
import dev.bahi.inventory.api.ItemPage;
import dev.bahi.inventory.api.ItemView;
import dev.bahi.inventory.api.ListItems;
import dev.bahi.inventory.api.StockMovementKind;
import dev.bahi.inventory.api.StockMovementPage;
import dev.bahi.inventory.api.StockMovementView;
import dev.bahi.inventory.api.StockValuation;
import dev.bahi.inventory.api.Unit;
import dev.bahi.platform.kernel.RuleViolation;
import dev.bahi.platform.kernel.StateConflict;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * What the inventory context's storage adapters must do on any MongoDB they run on: SKUs unique within a shop,
 * items and stock history read back exactly and only within their shop, search and paging that neither leak nor
 * skip, valuation totals over active items, and the settings of each shop.
 */
abstract class InventoryAdaptersContract {
    static final String SHOP = "0193a5c2-7d4e-7c1a-9f3b-2a6d8e4c1b07";
    static final String OTHER_SHOP = "0193a5c2-7d4e-7c1a-9f3b-2a6d8e4c1b99";
    static final String ATTA = "0193b1d0-0000-7000-8000-000000000001";
    static final String SALT = "0193b1d0-0000-7000-8000-000000000002";
    static final String OIL = "0193b1d0-0000-7000-8000-000000000003";
    static final String BISCUITS = "0193b1d0-0000-7000-8000-000000000004";
    static final String CHAKKI_ATTA = "0193b1d0-0000-7000-8000-000000000005";
    static final Instant REGISTERED_AT = Instant.parse("2026-01-05T09:30:00Z");
    static final Instant T1 = Instant.parse("2026-01-06T10:00:00Z");
    static final Instant T2 = Instant.parse("2026-01-07T10:00:00Z");
    static final Instant T3 = Instant.parse("2026-01-08T10:00:00Z");

    private MongoSkuDirectory skus;
    private MongoItemReadModel items;
    private MongoStockMovementReadModel movements;
    private MongoInventorySettingsStore settings;

    /** The {@code bahi_inventory} database of the store under test. */
    protected abstract MongoTemplate template();

    @BeforeEach
    void emptyStore() {
        MongoTemplate mongo = template();
        for (String collection : List.of(MongoSkuDirectory.COLLECTION, MongoItemReadModel.COLLECTION,
                MongoStockMovementReadModel.COLLECTION, MongoInventorySettingsStore.COLLECTION)) {
            mongo.getCollection(collection).deleteMany(new Document());
        }
        skus = new MongoSkuDirectory(mongo);
        items = new MongoItemReadModel(mongo);
        movements = new MongoStockMovementReadModel(mongo);
        settings = new MongoInventorySettingsStore(mongo);
    }

    // ---------------------------------------------------------------- fixtures

    static ItemDetails details(String sku, String name, String barcode, Long purchasePrice, String minStock) {
        return new ItemDetails(sku, name, barcode, "1101", new BigDecimal("5"), null, Unit.KG, 6500L, true, 7000L,
                purchasePrice, new BigDecimal(minStock));
    }

    static ItemView item(String tenantId, String itemId, ItemDetails details, String onHand, long stockValue,
                         boolean lowStock, boolean archived) {
        return new ItemView(itemId, tenantId, details, new BigDecimal(onHand), stockValue, lowStock, archived,
                REGISTERED_AT, T1);
    }

    static ItemView active(String itemId, String sku, String name, String barcode) {
        return item(SHOP, itemId, details(sku, name, barcode, 4150L, "2"), "40", 166_000L, false, false);
    }

    static StockMovementView movement(String itemId, long sequence, StockMovementKind kind, String quantity,
                                      String change, String balance, Instant at) {
        return new StockMovementView("mv-" + itemId.substring(itemId.length() - 2) + "-" + sequence, itemId, sequence,
                kind, new BigDecimal(quantity), new BigDecimal(change), new BigDecimal(balance), Unit.KG,
                kind == StockMovementKind.RECEIVED ? 4150L : null, kind == StockMovementKind.RECEIVED
                        ? "Gupta Distributors" : null, "bill-" + sequence, "note " + sequence, at);
    }

    /** The shop's catalogue for the search tests: no name contains another item's SKU. */
    private void saveCatalogue() {
        items.save(active(ATTA, "ATTA-5KG", "Aashirvaad Whole Wheat Flour", "8901725181222"));
        items.save(active(SALT, "SALT-1KG", "Tata Salt Iodised", "8904043901015"));
        items.save(active(OIL, "OIL-1L", "Fortune Sunflower Oil", null));
        items.save(active(BISCUITS, "PARLE-G-800", "Parle-G (Family Pack) Biscuits", "8901719110016"));
        items.save(active(CHAKKI_ATTA, "ATTA-10KG", "Pillsbury Chakki Flour", null));
    }

    private List<String> idsFound(String q) {
        return items.list(new ListItems(SHOP, q, false, false, null, null)).items().stream().map(ItemView::itemId)
                .toList();
    }

    private static void assertSameItem(Optional<ItemView> actual, ItemView expected) {
        assertThat(actual).isPresent();
        assertThat(actual.get()).usingRecursiveComparison()
                .withComparatorForType(BigDecimal::compareTo, BigDecimal.class).isEqualTo(expected);
    }

    // ---------------------------------------------------------------- SKU directory

    @Test
    void a_claimed_sku_is_found_with_its_item() {
        skus.claim(SHOP, "ATTA-5KG", ATTA);

        assertThat(skus.itemOf(SHOP, "ATTA-5KG")).contains(ATTA);
    }

    @Test
    void an_unclaimed_sku_belongs_to_no_item() {
        skus.claim(SHOP, "ATTA-5KG", ATTA);

        assertThat(skus.itemOf(SHOP, "SALT-1KG")).isEmpty();
        assertThat(skus.itemOf(OTHER_SHOP, "ATTA-5KG")).isEmpty();
    }

    @Test
    void a_sku_cannot_be_claimed_twice_in_one_shop() {
        skus.claim(SHOP, "ATTA-5KG", ATTA);

        assertThatThrownBy(() -> skus.claim(SHOP, "ATTA-5KG", CHAKKI_ATTA))
                .isInstanceOfSatisfying(StateConflict.class, e -> assertThat(e.code()).isEqualTo("SKU_TAKEN"));
        assertThat(skus.itemOf(SHOP, "ATTA-5KG")).contains(ATTA);
    }

    @Test
    void the_owning_item_cannot_claim_its_sku_a_second_time_either() {
        skus.claim(SHOP, "ATTA-5KG", ATTA);

        assertThatThrownBy(() -> skus.claim(SHOP, "ATTA-5KG", ATTA))
                .isInstanceOfSatisfying(StateConflict.class, e -> assertThat(e.code()).isEqualTo("SKU_TAKEN"));
    }

    @Test
    void the_same_sku_may_be_claimed_in_another_shop() {
        skus.claim(SHOP, "ATTA-5KG", ATTA);

        skus.claim(OTHER_SHOP, "ATTA-5KG", CHAKKI_ATTA);

        assertThat(skus.itemOf(SHOP, "ATTA-5KG")).contains(ATTA);
        assertThat(skus.itemOf(OTHER_SHOP, "ATTA-5KG")).contains(CHAKKI_ATTA);
    }

    @Test
    void a_sku_released_by_its_item_can_be_claimed_again() {
        skus.claim(SHOP, "ATTA-5KG", ATTA);

        skus.release(SHOP, "ATTA-5KG", ATTA);

        assertThat(skus.itemOf(SHOP, "ATTA-5KG")).isEmpty();
        skus.claim(SHOP, "ATTA-5KG", CHAKKI_ATTA);
        assertThat(skus.itemOf(SHOP, "ATTA-5KG")).contains(CHAKKI_ATTA);
    }

    @Test
    void only_the_owning_item_can_release_a_sku() {
        skus.claim(SHOP, "ATTA-5KG", ATTA);

        skus.release(SHOP, "ATTA-5KG", CHAKKI_ATTA);

        assertThat(skus.itemOf(SHOP, "ATTA-5KG")).contains(ATTA);
        assertThatThrownBy(() -> skus.claim(SHOP, "ATTA-5KG", CHAKKI_ATTA)).isInstanceOf(StateConflict.class);
    }

    @Test
    void releasing_a_sku_in_one_shop_leaves_the_other_shop_alone() {
        skus.claim(SHOP, "ATTA-5KG", ATTA);
        skus.claim(OTHER_SHOP, "ATTA-5KG", ATTA);

        skus.release(OTHER_SHOP, "ATTA-5KG", ATTA);

        assertThat(skus.itemOf(SHOP, "ATTA-5KG")).contains(ATTA);
        assertThat(skus.itemOf(OTHER_SHOP, "ATTA-5KG")).isEmpty();
    }

    @Test
    void of_eight_simultaneous_claims_of_one_sku_exactly_one_wins() throws Exception {
        int racers = 8;
        List<String> winners = Collections.synchronizedList(new ArrayList<>());
        List<String> refusals = Collections.synchronizedList(new ArrayList<>());
        List<Callable<Void>> claims = new ArrayList<>();
        for (int i = 0; i < racers; i++) {
            String itemId = "0193b1d0-0000-7000-8000-00000000010" + i;
            claims.add(() -> {
                try {
                    skus.claim(SHOP, "ATTA-5KG", itemId);
                    winners.add(itemId);
                } catch (StateConflict e) {
                    refusals.add(e.code());
                }
                return null;
            });
        }

        race(claims);

        assertThat(winners).hasSize(1);
        assertThat(refusals).hasSize(racers - 1).containsOnly("SKU_TAKEN");
        assertThat(skus.itemOf(SHOP, "ATTA-5KG")).contains(winners.get(0));
    }

    // ---------------------------------------------------------------- items: storage

    @Test
    void a_saved_item_reads_back_with_every_detail() {
        ItemDetails loose = new ItemDetails("DAL-TOOR", "Toor Dal (loose)", "8901725181222", "0713",
                new BigDecimal("5"), new BigDecimal("0.25"), Unit.KG, 14_250L, false, 15_000L, 11_875L,
                new BigDecimal("2.5"));
        ItemView stored = new ItemView(ATTA, SHOP, loose, new BigDecimal("142.5"), 1_692_188L, false, false,
                REGISTERED_AT, T1);

        items.save(stored);

        assertSameItem(items.find(SHOP, ATTA), stored);
        ItemView found = items.find(SHOP, ATTA).orElseThrow();
        assertThat(found.onHand()).isEqualByComparingTo("142.5");
        assertThat(found.details().cessRate()).isEqualByComparingTo("0.25");
        assertThat(found.details().minStock()).isEqualByComparingTo("2.5");
        assertThat(found.details().gstRate()).isEqualByComparingTo("5");
    }

    @Test
    void an_item_without_optional_details_reads_back_without_them() {
        ItemDetails bare = new ItemDetails("OIL-1L", "Fortune Sunflower Oil", null, "1512", BigDecimal.ZERO, null,
                Unit.L, 18_000L, true, null, null, BigDecimal.ZERO);
        ItemView stored = new ItemView(OIL, SHOP, bare, new BigDecimal("40"), 0L, false, false, REGISTERED_AT, T1);

        items.save(stored);

        assertSameItem(items.find(SHOP, OIL), stored);
        ItemView found = items.find(SHOP, OIL).orElseThrow();
        assertThat(found.details().barcode()).isNull();
        assertThat(found.details().purchasePrice()).isNull();
        assertThat(found.details().mrp()).isNull();
        assertThat(found.details().cessRate()).isNull();
    }

    @Test
    void saving_an_item_again_replaces_it() {
        items.save(active(ATTA, "ATTA-5KG", "Aashirvaad Whole Wheat Flour", null));
        ItemView archived = item(SHOP, ATTA, details("ATTA-5KG", "Aashirvaad Atta", null, 4150L, "2"), "0.25",
                1_038L, false, true);

        items.save(archived);

        assertThat(template().getCollection(MongoItemReadModel.COLLECTION).countDocuments()).isEqualTo(1);
        assertSameItem(items.find(SHOP, ATTA), archived);
    }

    @Test
    void an_item_is_not_found_by_another_shop() {
        items.save(active(ATTA, "ATTA-5KG", "Aashirvaad Whole Wheat Flour", null));

        assertThat(items.find(OTHER_SHOP, ATTA)).isEmpty();
        assertThat(items.find(SHOP, SALT)).isEmpty();
    }

    @Test
    void the_same_item_id_in_two_shops_is_two_items() {
        items.save(active(ATTA, "ATTA-5KG", "Aashirvaad Whole Wheat Flour", null));
        ItemView theirs = item(OTHER_SHOP, ATTA, details("ATTA-5KG", "Other Shop Atta", null, null, "0"), "7", 0L,
                false, false);
        items.save(theirs);

        assertThat(items.find(SHOP, ATTA)).map(v -> v.details().name()).contains("Aashirvaad Whole Wheat Flour");
        assertSameItem(items.find(OTHER_SHOP, ATTA), theirs);
    }

    // ---------------------------------------------------------------- items: search

    @Test
    void without_a_query_the_shops_active_items_are_listed_in_id_order() {
        saveCatalogue();

        assertThat(idsFound(null)).containsExactly(ATTA, SALT, OIL, BISCUITS, CHAKKI_ATTA);
        assertThat(idsFound("   ")).containsExactly(ATTA, SALT, OIL, BISCUITS, CHAKKI_ATTA);
    }

    @Test
    void a_query_finds_names_containing_it_in_any_case() {
        saveCatalogue();

        assertThat(idsFound("flour")).containsExactly(ATTA, CHAKKI_ATTA);
        assertThat(idsFound("FLOUR")).containsExactly(ATTA, CHAKKI_ATTA);
        assertThat(idsFound("sunFLOWER")).containsExactly(OIL);
        assertThat(idsFound("  wheat  ")).as("surrounding blanks are ignored").containsExactly(ATTA);
        assertThat(idsFound("iodised")).containsExactly(SALT);
    }

    @Test
    void a_query_finds_skus_starting_with_it_in_any_case() {
        saveCatalogue();

        assertThat(idsFound("atta")).containsExactly(ATTA, CHAKKI_ATTA);
        assertThat(idsFound("ATTA-1")).containsExactly(CHAKKI_ATTA);
        assertThat(idsFound("oil-1l")).containsExactly(OIL);
    }

    @Test
    void a_sku_matches_only_from_its_start() {
        saveCatalogue();

        assertThat(idsFound("5KG")).isEmpty();
        assertThat(idsFound("10KG")).isEmpty();
    }

    @Test
    void a_query_finds_an_exact_barcode_only() {
        saveCatalogue();

        assertThat(idsFound("8901725181222")).containsExactly(ATTA);
        assertThat(idsFound("890172518")).as("a barcode prefix is no match").isEmpty();
        assertThat(idsFound("89017251812220")).isEmpty();
    }

    @Test
    void regular_expression_characters_in_a_query_are_taken_literally() {
        saveCatalogue();

        assertThat(idsFound(".*")).isEmpty();
        assertThat(idsFound(".")).isEmpty();
        assertThat(idsFound("^")).isEmpty();
        assertThat(idsFound("a|s")).isEmpty();
        assertThat(idsFound("[a-z]")).isEmpty();
        assertThat(idsFound("\\E.*")).isEmpty();
        assertThat(idsFound("(family")).containsExactly(BISCUITS);
        assertThat(idsFound("pack)")).containsExactly(BISCUITS);
        assertThat(idsFound("(")).as("only the name with a bracket").containsExactly(BISCUITS);
        assertThat(idsFound(")")).as("only the name with a bracket").containsExactly(BISCUITS);
        for (String unbalanced : List.of("[", "*", "+", "?", "\\", "{", "$", "a{2", "(?i)ATTA")) {
            assertThatCode(() -> idsFound(unbalanced)).as(unbalanced).doesNotThrowAnyException();
            assertThat(idsFound(unbalanced)).as(unbalanced).isEmpty();
        }
    }

    @Test
    void a_very_long_query_is_cut_rather_than_refused() {
        saveCatalogue();

        assertThat(idsFound("a".repeat(5_000))).isEmpty();
    }

    @Test
    void low_stock_lists_only_items_flagged_low() {
        saveCatalogue();
        items.save(item(SHOP, SALT, details("SALT-1KG", "Tata Salt Iodised", null, 2000L, "5"), "3", 6000L, true,
                false));
        items.save(item(SHOP, OIL, details("OIL-1L", "Fortune Sunflower Oil", null, null, "5"), "0", 0L, true,
                false));

        ItemPage low = items.list(new ListItems(SHOP, null, true, false, null, null));

        assertThat(low.items()).extracting(ItemView::itemId).containsExactly(SALT, OIL);
        assertThat(items.list(new ListItems(SHOP, "salt", true, false, null, null)).items())
                .extracting(ItemView::itemId).containsExactly(SALT);
    }

    @Test
    void archived_items_are_left_out_unless_asked_for() {
        saveCatalogue();
        items.save(item(SHOP, OIL, details("OIL-1L", "Fortune Sunflower Oil", null, null, "0"), "0", 0L, false,
                true));

        assertThat(idsFound(null)).containsExactly(ATTA, SALT, BISCUITS, CHAKKI_ATTA);
        assertThat(idsFound("oil")).isEmpty();
        assertThat(items.list(new ListItems(SHOP, null, false, true, null, null)).items())
                .extracting(ItemView::itemId).containsExactly(ATTA, SALT, OIL, BISCUITS, CHAKKI_ATTA);
        assertThat(items.list(new ListItems(SHOP, "oil", false, true, null, null)).items())
                .extracting(ItemView::itemId).containsExactly(OIL);
    }

    @Test
    void another_shops_items_are_never_listed() {
        saveCatalogue();
        items.save(item(OTHER_SHOP, "0193b1d0-0000-7000-8000-000000000009",
                details("ATTA-5KG", "Aashirvaad Whole Wheat Flour", "8901725181222", 4150L, "2"), "1", 4150L, true,
                false));
        items.save(item(OTHER_SHOP, "0193b1d0-0000-7000-8000-000000000010",
                details("OLD-1", "Old Flour", null, null, "0"), "0", 0L, false, true));

        for (String q : new String[] {null, "flour", "atta", "8901725181222", "old"}) {
            for (boolean lowStock : new boolean[] {false, true}) {
                assertThat(items.list(new ListItems(SHOP, q, lowStock, true, null, null)).items())
                        .as("q=%s lowStock=%s", q, lowStock)
                        .allSatisfy(v -> assertThat(v.tenantId()).isEqualTo(SHOP));
            }
        }
        assertThat(items.list(new ListItems(SHOP, "flour", false, true, null, null)).items())
                .extracting(ItemView::itemId).containsExactly(ATTA, CHAKKI_ATTA);
        assertThat(items.list(new ListItems(OTHER_SHOP, null, false, true, null, null)).items())
                .extracting(ItemView::tenantId).containsOnly(OTHER_SHOP).hasSize(2);
    }

    @Test
    void paging_walks_every_item_exactly_once_in_id_order() {
        List<String> ids = new ArrayList<>();
        for (int i = 1; i <= 11; i++) {
            String id = String.format("0193b1d0-0000-7000-8000-0000000002%02d", i);
            ids.add(id);
        }
        List<String> shuffled = new ArrayList<>(ids);
        Collections.shuffle(shuffled, new java.util.Random(7));
        for (String id : shuffled) {
            items.save(item(SHOP, id, details("SKU-" + id.substring(id.length() - 2), "Item " + id, null, 100L, "0"),
                    "1", 100L, false, false));
            items.save(item(OTHER_SHOP, id, details("SKU-X", "Other " + id, null, 100L, "0"), "1", 100L, false,
                    false));
        }

        List<String> walked = new ArrayList<>();
        List<Integer> pageSizes = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            ItemPage page = items.list(new ListItems(SHOP, null, false, false, 4, cursor));
            page.items().forEach(v -> assertThat(v.tenantId()).isEqualTo(SHOP));
            page.items().forEach(v -> walked.add(v.itemId()));
            pageSizes.add(page.items().size());
            cursor = page.nextCursor();
            assertThat(++pages).as("pages").isLessThanOrEqualTo(10);
        } while (cursor != null);

        assertThat(walked).containsExactlyElementsOf(ids);
        assertThat(pageSizes).containsExactly(4, 4, 3);
    }

    @Test
    void paging_keeps_to_the_query() {
        for (int i = 1; i <= 5; i++) {
            items.save(item(SHOP, "0193b1d0-0000-7000-8000-00000000030" + i,
                    details("ATTA-" + i, "Flour " + i, null, 100L, "0"), "1", 100L, false, false));
            items.save(item(SHOP, "0193b1d0-0000-7000-8000-00000000031" + i,
                    details("SALT-" + i, "Salt " + i, null, 100L, "0"), "1", 100L, false, false));
        }

        ItemPage first = items.list(new ListItems(SHOP, "flour", false, false, 2, null));
        ItemPage second = items.list(new ListItems(SHOP, "flour", false, false, 2, first.nextCursor()));
        ItemPage third = items.list(new ListItems(SHOP, "flour", false, false, 2, second.nextCursor()));

        assertThat(first.items()).extracting(v -> v.details().sku()).containsExactly("ATTA-1", "ATTA-2");
        assertThat(second.items()).extracting(v -> v.details().sku()).containsExactly("ATTA-3", "ATTA-4");
        assertThat(third.items()).extracting(v -> v.details().sku()).containsExactly("ATTA-5");
        assertThat(third.nextCursor()).isNull();
    }

    @Test
    void a_page_exactly_as_long_as_the_rest_is_the_last() {
        saveCatalogue();

        ItemPage all = items.list(new ListItems(SHOP, null, false, false, 5, null));

        assertThat(all.items()).hasSize(5);
        assertThat(all.nextCursor()).isNull();
    }

    @Test
    void a_bad_limit_or_cursor_is_a_rule_violation() {
        assertThatThrownBy(() -> items.list(new ListItems(SHOP, null, false, false, 0, null)))
                .isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.code()).isEqualTo("LIMIT_INVALID"));
        assertThatThrownBy(() -> items.list(new ListItems(SHOP, null, false, false, 201, null)))
                .isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.code()).isEqualTo("LIMIT_INVALID"));
        assertThatThrownBy(() -> items.list(new ListItems(SHOP, null, false, false, 10, "%%%")))
                .isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.code()).isEqualTo("CURSOR_INVALID"));
    }

    // ---------------------------------------------------------------- items: valuation

    private void saveStockToValue() {
        // 40 KG at ₹41.50, 142.5 KG at ₹20.00, 0.25 KG at ₹41.70 (1042.5 paise, kept as rounded by the projection)
        items.save(item(SHOP, ATTA, details("ATTA-5KG", "Atta", null, 4150L, "2"), "40", 166_000L, false, false));
        items.save(item(SHOP, SALT, details("SALT-1KG", "Salt", null, 2000L, "5"), "142.5", 285_000L, false, false));
        items.save(item(SHOP, OIL, details("OIL-1L", "Oil", null, 4170L, "1"), "0.25", 1_043L, true, false));
        // unpriced: with stock (counted), without stock and below zero (not counted)
        items.save(item(SHOP, BISCUITS, details("PARLE-G-800", "Biscuits", null, null, "0"), "12", 0L, false,
                false));
        items.save(item(SHOP, CHAKKI_ATTA, details("ATTA-10KG", "Chakki", null, null, "0"), "0", 0L, true, false));
        items.save(item(SHOP, "0193b1d0-0000-7000-8000-000000000006", details("SUGAR-1KG", "Sugar", null, null, "0"),
                "-2", 0L, true, false));
        // archived with value and without price: not part of the shop's stock
        items.save(item(SHOP, "0193b1d0-0000-7000-8000-000000000007", details("GHEE-1L", "Ghee", null, 50_000L, "0"),
                "3", 150_000L, false, true));
        items.save(item(SHOP, "0193b1d0-0000-7000-8000-000000000008", details("JAM-500", "Jam", null, null, "0"),
                "9", 0L, false, true));
        // another shop
        items.save(item(OTHER_SHOP, ATTA, details("ATTA-5KG", "Atta", null, null, "0"), "99", 0L, false, false));
        items.save(item(OTHER_SHOP, SALT, details("SALT-1KG", "Salt", null, 100L, "0"), "5", 500L, false, false));
    }

    @Test
    void valuation_totals_the_stock_value_of_active_items_and_counts_the_unpriced() {
        saveStockToValue();

        StockValuation valuation = items.valuation(SHOP, null, null);

        assertThat(valuation.totalValue()).isEqualTo(166_000L + 285_000L + 1_043L);
        assertThat(valuation.itemCount()).isEqualTo(6);
        assertThat(valuation.unpricedItems()).as("only BISCUITS: priced nowhere and with stock").isEqualTo(1);
        assertThat(valuation.items()).extracting(ItemView::itemId).containsExactly(ATTA, SALT, OIL, BISCUITS,
                CHAKKI_ATTA, "0193b1d0-0000-7000-8000-000000000006");
        assertThat(valuation.nextCursor()).isNull();
    }

    @Test
    void valuation_totals_cover_the_whole_shop_on_every_page() {
        saveStockToValue();

        StockValuation first = items.valuation(SHOP, 4, null);
        StockValuation second = items.valuation(SHOP, 4, first.nextCursor());

        assertThat(first.items()).extracting(ItemView::itemId).containsExactly(ATTA, SALT, OIL, BISCUITS);
        assertThat(second.items()).extracting(ItemView::itemId).containsExactly(CHAKKI_ATTA,
                "0193b1d0-0000-7000-8000-000000000006");
        assertThat(second.nextCursor()).isNull();
        for (StockValuation page : List.of(first, second)) {
            assertThat(page.totalValue()).isEqualTo(452_043L);
            assertThat(page.itemCount()).isEqualTo(6);
            assertThat(page.unpricedItems()).isEqualTo(1);
        }
    }

    @Test
    void valuation_of_a_shop_without_items_is_zero() {
        saveStockToValue();

        StockValuation none = items.valuation("0193a5c2-7d4e-7c1a-9f3b-2a6d8e4c1b55", null, null);

        assertThat(none).isEqualTo(new StockValuation(0, 0, 0, List.of(), null));
    }

    @Test
    void valuation_of_the_other_shop_sees_only_its_own_items() {
        saveStockToValue();

        StockValuation theirs = items.valuation(OTHER_SHOP, null, null);

        assertThat(theirs.totalValue()).isEqualTo(500L);
        assertThat(theirs.itemCount()).isEqualTo(2);
        assertThat(theirs.unpricedItems()).isEqualTo(1);
        assertThat(theirs.items()).extracting(ItemView::tenantId).containsOnly(OTHER_SHOP);
    }

    // ---------------------------------------------------------------- stock movements

    @Test
    void a_saved_movement_reads_back_with_every_field() {
        StockMovementView received = new StockMovementView("mv-1", ATTA, 1, StockMovementKind.RECEIVED,
                new BigDecimal("142.5"), new BigDecimal("142.5"), new BigDecimal("142.5"), Unit.KG, 4150L,
                "Gupta Distributors", "INV-881", "first lot", T1);
        StockMovementView sale = new StockMovementView("mv-2", ATTA, 2, StockMovementKind.SALE,
                new BigDecimal("0.25"), new BigDecimal("-0.25"), new BigDecimal("142.25"), Unit.KG, null, null,
                "sale-17", null, T2);
        movements.save(SHOP, received);
        movements.save(SHOP, sale);

        StockMovementPage page = movements.list(SHOP, ATTA, null, null);

        assertThat(page.movements()).usingRecursiveFieldByFieldElementComparator(
                org.assertj.core.api.recursive.comparison.RecursiveComparisonConfiguration.builder()
                        .withComparatorForType(BigDecimal::compareTo, BigDecimal.class).build())
                .containsExactly(received, sale);
        assertThat(page.movements().get(1).quantity()).isEqualByComparingTo("0.25");
        assertThat(page.movements().get(1).change()).isEqualByComparingTo("-0.25");
        assertThat(page.movements().get(0).balance()).isEqualByComparingTo("142.5");
        assertThat(page.nextCursor()).isNull();
    }

    @Test
    void saving_a_movement_again_keeps_one_copy() {
        StockMovementView m = movement(ATTA, 1, StockMovementKind.OPENING, "40", "40", "40", T1);

        movements.save(SHOP, m);
        movements.save(SHOP, m);

        assertThat(movements.list(SHOP, ATTA, null, null).movements()).hasSize(1);
        assertThat(template().getCollection(MongoStockMovementReadModel.COLLECTION).countDocuments()).isEqualTo(1);
    }

    @Test
    void movements_saved_together_read_back_as_if_saved_one_by_one_and_again_keep_one_copy() {
        List<StockMovementView> batch = List.of(
                movement(ATTA, 1, StockMovementKind.OPENING, "40", "40", "40", T1),
                movement(ATTA, 2, StockMovementKind.RECEIVED, "10", "10", "50", T2),
                movement(SALT, 1, StockMovementKind.OPENING, "3", "3", "3", T1));

        movements.saveAll(SHOP, batch);
        movements.saveAll(SHOP, batch);
        movements.saveAll(SHOP, List.of());

        assertThat(movements.list(SHOP, ATTA, null, null).movements()).extracting(StockMovementView::movementId)
                .containsExactly(batch.get(0).movementId(), batch.get(1).movementId());
        assertThat(movements.list(SHOP, SALT, null, null).movements()).hasSize(1);
        assertThat(movements.list(OTHER_SHOP, ATTA, null, null).movements()).isEmpty();
        assertThat(template().getCollection(MongoStockMovementReadModel.COLLECTION).countDocuments()).isEqualTo(3);
    }

    @Test
    void items_saved_together_replace_those_stored_and_add_the_new_ones() {
        items.save(active(ATTA, "ATTA-5KG", "Aashirvaad Whole Wheat Flour", null));
        ItemView archivedAtta = item(SHOP, ATTA, details("ATTA-5KG", "Aashirvaad Atta", null, 4150L, "2"), "0.25",
                1_038L, false, true);
        ItemView salt = active(SALT, "SALT-1KG", "Tata Salt Iodised", "8904043901015");
        ItemView theirOil = item(OTHER_SHOP, OIL, details("OIL-1L", "Fortune Sunflower Oil", null, 18_000L, "0"),
                "5", 90_000L, false, false);

        items.saveAll(List.of(archivedAtta, salt, theirOil));

        assertSameItem(items.find(SHOP, ATTA), archivedAtta);
        assertSameItem(items.find(SHOP, SALT), salt);
        assertSameItem(items.find(OTHER_SHOP, OIL), theirOil);
        assertThat(items.find(SHOP, OIL)).isEmpty();
        assertThat(template().getCollection(MongoItemReadModel.COLLECTION).countDocuments()).isEqualTo(3);
    }

    @Test
    void movements_are_listed_in_sequence_order_page_by_page() {
        List<Long> order = List.of(10L, 2L, 12L, 1L, 9L, 11L, 3L, 5L, 4L, 8L, 7L, 6L);
        for (long sequence : order) {
            movements.save(SHOP, movement(ATTA, sequence, StockMovementKind.RECEIVED, "1", "1",
                    Long.toString(sequence), T1.plusSeconds(sequence)));
        }

        List<Long> walked = new ArrayList<>();
        List<Integer> sizes = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            StockMovementPage page = movements.list(SHOP, ATTA, 5, cursor);
            page.movements().forEach(m -> walked.add(m.sequence()));
            sizes.add(page.movements().size());
            cursor = page.nextCursor();
            assertThat(++pages).isLessThanOrEqualTo(10);
        } while (cursor != null);

        assertThat(walked).as("sequence 10 after 9, not after 1").containsExactly(1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L,
                10L, 11L, 12L);
        assertThat(sizes).containsExactly(5, 5, 2);
    }

    @Test
    void an_items_history_holds_neither_other_items_nor_other_shops() {
        movements.save(SHOP, movement(ATTA, 1, StockMovementKind.OPENING, "40", "40", "40", T1));
        movements.save(SHOP, movement(SALT, 1, StockMovementKind.OPENING, "7", "7", "7", T1));
        movements.save(OTHER_SHOP, movement(ATTA, 1, StockMovementKind.OPENING, "3", "3", "3", T1));
        movements.save(OTHER_SHOP, movement(ATTA, 2, StockMovementKind.SALE, "1", "-1", "2", T2));

        assertThat(movements.list(SHOP, ATTA, null, null).movements()).singleElement()
                .satisfies(m -> assertThat(m.balance()).isEqualByComparingTo("40"));
        assertThat(movements.list(SHOP, SALT, null, null).movements()).singleElement()
                .satisfies(m -> assertThat(m.balance()).isEqualByComparingTo("7"));
        assertThat(movements.list(OTHER_SHOP, ATTA, null, null).movements()).extracting(StockMovementView::sequence)
                .containsExactly(1L, 2L);
        assertThat(movements.list(OTHER_SHOP, SALT, null, null).movements()).isEmpty();
        assertThat(movements.list(SHOP, OIL, null, null)).isEqualTo(new StockMovementPage(List.of(), null));
    }

    @Test
    void a_movement_page_can_be_followed_only_within_its_item() {
        for (long s = 1; s <= 3; s++) {
            movements.save(SHOP, movement(ATTA, s, StockMovementKind.RECEIVED, "1", "1", Long.toString(s), T1));
            movements.save(SHOP, movement(SALT, s, StockMovementKind.RECEIVED, "1", "1", Long.toString(s), T1));
        }

        StockMovementPage first = movements.list(SHOP, ATTA, 2, null);
        StockMovementPage rest = movements.list(SHOP, ATTA, 2, first.nextCursor());

        assertThat(first.movements()).extracting(StockMovementView::itemId).containsOnly(ATTA);
        assertThat(rest.movements()).extracting(StockMovementView::itemId, StockMovementView::sequence)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(ATTA, 3L));
        assertThat(rest.nextCursor()).isNull();
    }

    private void saveThreeMovements() {
        movements.save(SHOP, movement(ATTA, 1, StockMovementKind.OPENING, "40", "40", "40", T1));
        movements.save(SHOP, movement(ATTA, 2, StockMovementKind.RECEIVED, "102.5", "102.5", "142.5", T2));
        movements.save(SHOP, movement(ATTA, 3, StockMovementKind.SALE, "142.25", "-142.25", "0.25", T3));
    }

    @Test
    void nothing_was_recorded_before_the_first_movement() {
        saveThreeMovements();

        assertThat(movements.lastAtOrBefore(SHOP, ATTA, T1.minusMillis(1))).isEmpty();
        assertThat(movements.lastAtOrBefore(SHOP, ATTA, Instant.parse("2020-01-01T00:00:00Z"))).isEmpty();
    }

    @Test
    void the_movement_at_an_instant_counts_as_at_or_before_it() {
        saveThreeMovements();

        assertThat(movements.lastAtOrBefore(SHOP, ATTA, T1)).map(StockMovementView::sequence).contains(1L);
        assertThat(movements.lastAtOrBefore(SHOP, ATTA, T2)).map(StockMovementView::sequence).contains(2L);
        assertThat(movements.lastAtOrBefore(SHOP, ATTA, T3)).map(StockMovementView::sequence).contains(3L);
    }

    @Test
    void between_two_movements_the_earlier_one_is_the_last() {
        saveThreeMovements();

        Optional<StockMovementView> afterFirst = movements.lastAtOrBefore(SHOP, ATTA, T1.plusSeconds(3600));
        Optional<StockMovementView> beforeThird = movements.lastAtOrBefore(SHOP, ATTA, T3.minusMillis(1));

        assertThat(afterFirst).map(StockMovementView::sequence).contains(1L);
        assertThat(afterFirst.orElseThrow().balance()).isEqualByComparingTo("40");
        assertThat(beforeThird).map(StockMovementView::sequence).contains(2L);
        assertThat(beforeThird.orElseThrow().balance()).isEqualByComparingTo("142.5");
    }

    @Test
    void after_the_last_movement_the_last_one_stands() {
        saveThreeMovements();

        Optional<StockMovementView> now = movements.lastAtOrBefore(SHOP, ATTA, Instant.parse("2030-01-01T00:00:00Z"));

        assertThat(now).map(StockMovementView::sequence).contains(3L);
        assertThat(now.orElseThrow().balance()).isEqualByComparingTo("0.25");
    }

    @Test
    void the_last_movement_is_looked_up_only_in_the_asking_shop_and_item() {
        saveThreeMovements();
        movements.save(OTHER_SHOP, movement(ATTA, 1, StockMovementKind.OPENING, "5", "5", "5", T1.minusSeconds(60)));
        movements.save(SHOP, movement(SALT, 1, StockMovementKind.OPENING, "9", "9", "9", T1.minusSeconds(60)));

        assertThat(movements.lastAtOrBefore(SHOP, ATTA, T1.minusSeconds(1))).isEmpty();
        assertThat(movements.lastAtOrBefore(OTHER_SHOP, ATTA, T3)).map(StockMovementView::balance)
                .hasValueSatisfying(b -> assertThat(b).isEqualByComparingTo("5"));
        assertThat(movements.lastAtOrBefore(OTHER_SHOP, SALT, T3)).isEmpty();
        assertThat(movements.lastAtOrBefore(SHOP, SALT, T3)).map(StockMovementView::itemId).contains(SALT);
    }

    // ---------------------------------------------------------------- settings

    @Test
    void a_shops_settings_are_found_as_saved() {
        settings.save(new InventorySettings(SHOP, true, T1));

        assertThat(settings.find(SHOP)).contains(new InventorySettings(SHOP, true, T1));
        assertThat(settings.find(OTHER_SHOP)).isEmpty();
    }

    @Test
    void saving_settings_again_replaces_them_for_that_shop_only() {
        settings.save(new InventorySettings(SHOP, true, T1));
        settings.save(new InventorySettings(OTHER_SHOP, true, T1));

        settings.save(new InventorySettings(SHOP, false, T2));

        assertThat(settings.find(SHOP)).contains(new InventorySettings(SHOP, false, T2));
        assertThat(settings.find(OTHER_SHOP)).contains(new InventorySettings(OTHER_SHOP, true, T1));
        assertThat(template().getCollection(MongoInventorySettingsStore.COLLECTION).countDocuments()).isEqualTo(2);
    }

    // ---------------------------------------------------------------- clearing and indexes

    @Test
    void clearing_each_read_model_empties_its_collection_only() {
        saveCatalogue();
        items.save(item(OTHER_SHOP, ATTA, details("ATTA-5KG", "Atta", null, null, "0"), "1", 0L, false, false));
        saveThreeMovements();
        settings.save(new InventorySettings(SHOP, true, T1));
        skus.claim(SHOP, "ATTA-5KG", ATTA);

        items.clear();
        assertThat(template().getCollection(MongoItemReadModel.COLLECTION).countDocuments()).isZero();
        assertThat(items.find(SHOP, ATTA)).isEmpty();
        assertThat(items.find(OTHER_SHOP, ATTA)).isEmpty();
        assertThat(movements.list(SHOP, ATTA, null, null).movements()).hasSize(3);

        movements.clear();
        assertThat(template().getCollection(MongoStockMovementReadModel.COLLECTION).countDocuments()).isZero();
        assertThat(movements.lastAtOrBefore(SHOP, ATTA, T3)).isEmpty();
        assertThat(settings.find(SHOP)).isPresent();

        settings.clear();
        assertThat(template().getCollection(MongoInventorySettingsStore.COLLECTION).countDocuments()).isZero();
        assertThat(settings.find(SHOP)).isEmpty();
        assertThat(skus.itemOf(SHOP, "ATTA-5KG")).as("the SKU directory is not a replayable read model")
                .contains(ATTA);
    }

    @Test
    void every_collection_has_an_index_led_by_tenant_id() {
        saveCatalogue();
        saveThreeMovements();
        settings.save(new InventorySettings(SHOP, true, T1));
        skus.claim(SHOP, "ATTA-5KG", ATTA);

        for (String collection : List.of(MongoSkuDirectory.COLLECTION, MongoItemReadModel.COLLECTION,
                MongoStockMovementReadModel.COLLECTION, MongoInventorySettingsStore.COLLECTION)) {
            assertThat(template().getCollection(collection).listIndexes().into(new ArrayList<>())).as(collection)
                    .anySatisfy(index -> assertThat(index.get("key", Document.class).keySet().iterator().next())
                            .isEqualTo("tenantId"));
        }
    }

    // ---------------------------------------------------------------- helpers

    /** Runs the calls each on its own thread, all let go at the same moment, and waits for them all. */
    private static void race(List<Callable<Void>> calls) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(calls.size());
        CountDownLatch ready = new CountDownLatch(calls.size());
        CountDownLatch go = new CountDownLatch(1);
        try {
            List<Future<Void>> runs = new ArrayList<>();
            for (Callable<Void> call : calls) {
                runs.add(pool.submit(() -> {
                    ready.countDown();
                    go.await();
                    return call.call();
                }));
            }
            assertThat(ready.await(10, TimeUnit.SECONDS)).isTrue();
            go.countDown();
            for (Future<Void> run : runs) {
                run.get(30, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
