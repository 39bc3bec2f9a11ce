package dev.bahi.identity.api;

/** What a person may do in a shop. */
public enum Role {
    /** Runs the shop: everything, including users and the shop profile. */
    OWNER,
    /** Runs the counter and stock, invites cashiers and accountants. */
    MANAGER,
    /** Records sales and payments. */
    CASHIER,
    /** Reads books and GST reports. */
    ACCOUNTANT
}
