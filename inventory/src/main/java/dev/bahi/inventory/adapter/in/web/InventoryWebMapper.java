package dev.bahi.inventory.adapter.in.web;

import dev.bahi.inventory.api.InventorySettings;
import dev.bahi.inventory.api.ItemPage;
import dev.bahi.inventory.api.ItemView;
import dev.bahi.inventory.api.StockLevel;
import dev.bahi.inventory.api.StockMovementPage;
import dev.bahi.inventory.api.StockMovementView;
import dev.bahi.inventory.api.StockValuation;
import dev.bahi.inventory.api.Unit;
import dev.bahi.inventory.application.port.in.ItemInput;
import dev.bahi.inventory.application.port.in.StockInput;
import dev.bahi.platform.kernel.Money;
import java.math.BigDecimal;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.Named;
import org.mapstruct.ReportingPolicy;

/** Between the inventory context's views and its JSON: rupees as "285.00", quantities and rates as plain decimals. */
@Mapper(unmappedTargetPolicy = ReportingPolicy.ERROR)
public interface InventoryWebMapper {

    ItemInput toInput(ItemRequest request);

    StockInput toInput(StockMovementRequest request);

    @Mapping(target = ".", source = "details")
    @Mapping(target = "id", source = "itemId")
    @Mapping(target = "uqc", source = "details.unit", qualifiedByName = "uqc")
    @Mapping(target = "salePrice", source = "details.salePrice", qualifiedByName = "rupees")
    @Mapping(target = "mrp", source = "details.mrp", qualifiedByName = "rupees")
    @Mapping(target = "purchasePrice", source = "details.purchasePrice", qualifiedByName = "rupees")
    @Mapping(target = "stockValue", source = "stockValue", qualifiedByName = "rupees")
    @Mapping(target = "status", expression = "java(view.archived() ? \"ARCHIVED\" : \"ACTIVE\")")
    ItemResponse toResponse(ItemView view);

    ItemPageResponse toResponse(ItemPage page);

    @Mapping(target = "id", source = "movementId")
    @Mapping(target = "purchasePrice", source = "unitCost", qualifiedByName = "rupees")
    StockMovementResponse toResponse(StockMovementView view);

    StockMovementPageResponse toResponse(StockMovementPage page);

    StockLevelResponse toResponse(StockLevel level);

    @Mapping(target = "totalValue", source = "totalValue", qualifiedByName = "rupees")
    StockValuationResponse toResponse(StockValuation valuation);

    @Mapping(target = ".", source = "details")
    @Mapping(target = "id", source = "itemId")
    @Mapping(target = "purchasePrice", source = "details.purchasePrice", qualifiedByName = "rupees")
    @Mapping(target = "value", source = "stockValue", qualifiedByName = "rupees")
    StockValuationResponse.Line toLine(ItemView view);

    SettingsResponse toResponse(InventorySettings settings);

    @Named("rupees")
    default String rupees(Long paise) {
        return Money.formatOrNull(paise);
    }

    @Named("uqc")
    default String uqc(Unit unit) {
        return unit == null ? null : unit.uqc();
    }

    default String decimal(BigDecimal value) {
        return value == null ? null : value.toPlainString();
    }
}
