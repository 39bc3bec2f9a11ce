package dev.bahi.sales.api;

/** Why goods came back; damaged and expired goods are written off instead of going back on the shelf. */
public enum ReturnReason {
    DAMAGED, EXPIRED, DEFECTIVE, WRONG_ITEM, CHANGED_MIND, OTHER;

    public boolean restocks() {
        return this != DAMAGED && this != EXPIRED;
    }
}
