package dev.bahi.inventory.application.port.in;

/** One data row of a catalogue import: its line in the file, the item, and optional opening stock. */
public record ImportRow(int line, ItemInput item, String openingStock) {
}
