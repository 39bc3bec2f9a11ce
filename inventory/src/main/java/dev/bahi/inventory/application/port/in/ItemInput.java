package dev.bahi.inventory.application.port.in;

/**
 * An item's details as a client sends them (JSON or a CSV row): amounts in rupees and rates and quantities as
 * text. For a change, null leaves a field as it is and an empty string removes an optional field.
 */
public record ItemInput(String sku, String name, String hsn, String gstRate, String cessRate, String unit,
                        String salePrice, Boolean priceIncludesTax, String mrp, String purchasePrice,
                        String minStock, String barcode) {
}
