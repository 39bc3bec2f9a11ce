package dev.bahi.inventory.application;

import dev.bahi.inventory.api.ItemDetails;
import dev.bahi.inventory.api.ItemView;
import dev.bahi.inventory.api.UpdateItem;
import dev.bahi.inventory.api.ItemChanges;
import dev.bahi.inventory.application.port.in.ImportReport;
import dev.bahi.inventory.application.port.in.ImportReport.Outcome;
import dev.bahi.inventory.application.port.in.ImportRow;
import dev.bahi.inventory.application.port.in.StockInput;
import dev.bahi.inventory.application.port.out.SkuDirectory;
import dev.bahi.inventory.domain.ItemPolicy;
import dev.bahi.inventory.domain.Quantities;
import dev.bahi.platform.kernel.RuleViolation;
import dev.bahi.platform.kernel.RuleViolations;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A catalogue import, all rows or none: every row is checked against the catalogue's rules (and against the
 * other rows) before anything is written, and every problem is reported with its line. A SKU that already
 * exists is updated to the row, so importing the same file twice creates nothing new. Opening stock applies
 * to new items only.
 */
final class CatalogueImport {
    static final int MAX_ROWS = 5000;

    /** A row checked and ready: the existing item for its SKU, if any. */
    private record Planned(ImportRow row, ItemDetails details, BigDecimal openingStock, ItemView existing) {
    }

    private final CatalogueService catalogue;
    private final SkuDirectory skus;
    private final InventoryQueryService items;
    private final StockService stock;

    CatalogueImport(CatalogueService catalogue, SkuDirectory skus, InventoryQueryService items, StockService stock) {
        this.catalogue = catalogue;
        this.skus = skus;
        this.items = items;
        this.stock = stock;
    }

    ImportReport run(String tenantId, List<ImportRow> rows) {
        if (rows.isEmpty()) {
            throw new RuleViolation("IMPORT_EMPTY", "file", "the file has a header but no items");
        }
        if (rows.size() > MAX_ROWS) {
            throw new RuleViolation("IMPORT_TOO_LARGE", "file", "an import has at most " + MAX_ROWS + " items");
        }
        List<Planned> plan = check(tenantId, rows);
        List<ImportReport.Row> report = new ArrayList<>();
        int created = 0;
        int updated = 0;
        for (Planned planned : plan) {
            if (planned.existing() == null) {
                String itemId = catalogue.create(tenantId, planned.details());
                if (planned.openingStock() != null && planned.openingStock().signum() > 0) {
                    stock.record(tenantId, itemId, new StockInput("OPENING", planned.openingStock().toPlainString(),
                            null, null, null, "import line " + planned.row().line(), null));
                }
                report.add(new ImportReport.Row(planned.row().line(), planned.details().sku(), itemId, Outcome.CREATED));
                created++;
            } else if (!planned.existing().details().equals(planned.details())) {
                String itemId = planned.existing().itemId();
                Commands.toItem(itemId, () -> catalogue.send(new UpdateItem(itemId, tenantId, fullChange(planned.details()))));
                report.add(new ImportReport.Row(planned.row().line(), planned.details().sku(), itemId, Outcome.UPDATED));
                updated++;
            } else {
                report.add(new ImportReport.Row(planned.row().line(), planned.details().sku(),
                        planned.existing().itemId(), Outcome.UNCHANGED));
            }
        }
        awaitProjected(tenantId, plan, report);
        return new ImportReport(created, updated, plan.size() - created - updated, report);
    }

    /**
     * Answers once the read model shows the import, as creating one item does: the items projection handles
     * events in order, so when the last written row shows as written, every row before it does too.
     */
    private void awaitProjected(String tenantId, List<Planned> plan, List<ImportReport.Row> report) {
        for (int i = report.size() - 1; i >= 0; i--) {
            ImportReport.Row row = report.get(i);
            if (row.outcome() == Outcome.UNCHANGED) {
                continue;
            }
            Planned planned = plan.get(i);
            BigDecimal stock = row.outcome() == Outcome.CREATED && planned.openingStock() != null
                    ? planned.openingStock() : null;
            items.findAfterWrite(tenantId, row.itemId(), view -> view.details().name().equals(planned.details().name())
                    && (stock == null || view.onHand().compareTo(stock) == 0));
            return;
        }
    }

    private List<Planned> check(String tenantId, List<ImportRow> rows) {
        List<RuleViolations.Violation> problems = new ArrayList<>();
        List<Planned> plan = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (ImportRow row : rows) {
            try {
                ItemDetails details = ItemPolicy.normalise(ItemInputs.details(row.item()));
                Integer earlier = seen.putIfAbsent(details.sku(), row.line());
                if (earlier != null) {
                    throw new RuleViolation("SKU_DUPLICATE", "sku", "SKU " + details.sku() + " is also on line " + earlier);
                }
                BigDecimal opening = ItemInputs.decimal(row.openingStock(), "openingStock");
                if (opening != null) {
                    if (opening.signum() < 0) {
                        throw new RuleViolation("QUANTITY_NOT_POSITIVE", "openingStock", "opening stock may not be negative");
                    }
                    opening = Quantities.check(opening, details.unit(), "openingStock");
                }
                // The SKU directory is written before the item is projected: wait for an item it names to show.
                Optional<ItemView> existing = skus.itemOf(tenantId, details.sku())
                        .flatMap(id -> items.findAfterWrite(tenantId, id));
                if (existing.isPresent()) {
                    ItemDetails current = existing.get().details();
                    if (current.unit() != details.unit()) {
                        throw new RuleViolation("UNIT_IN_USE", "unit",
                                "SKU " + details.sku() + " is kept in " + current.unit() + "; its unit does not change");
                    }
                    // The purchase price follows received goods; an import row without one keeps it.
                    details = details.purchasePrice() != null ? details : withPurchasePrice(details, current.purchasePrice());
                }
                plan.add(new Planned(row, details, opening, existing.orElse(null)));
            } catch (RuleViolation v) {
                problems.add(new RuleViolations.Violation(row.line(), v.code(), v.field(), v.getMessage()));
            }
        }
        if (!problems.isEmpty()) {
            throw new RuleViolations("IMPORT_REJECTED", problems.size() + " of " + rows.size()
                    + " rows break the catalogue's rules; nothing was imported", problems);
        }
        return plan;
    }

    private static ItemDetails withPurchasePrice(ItemDetails d, Long purchasePrice) {
        return new ItemDetails(d.sku(), d.name(), d.barcode(), d.hsn(), d.gstRate(), d.cessRate(), d.unit(),
                d.salePrice(), d.priceIncludesTax(), d.mrp(), purchasePrice, d.minStock());
    }

    /** Every field of the row, clearing the optional ones it leaves empty. */
    private static ItemChanges fullChange(ItemDetails d) {
        java.util.Set<String> cleared = new java.util.HashSet<>();
        if (d.barcode() == null) {
            cleared.add("barcode");
        }
        if (d.cessRate() == null) {
            cleared.add("cessRate");
        }
        if (d.mrp() == null) {
            cleared.add("mrp");
        }
        if (d.purchasePrice() == null) {
            cleared.add("purchasePrice");
        }
        return new ItemChanges(d.name(), d.barcode(), d.hsn(), d.gstRate(), d.cessRate(), d.unit(), d.salePrice(),
                d.priceIncludesTax(), d.mrp(), d.purchasePrice(), d.minStock(), Set.copyOf(cleared));
    }
}
