package dev.bahi.identity.application.port.out;

import java.util.List;

/**
 * The set of logins in use, per shop: the set-based guard that keeps a login unique within a shop even
 * when two registrations race (a unique key in the store decides).
 */
public interface LoginDirectory {
    /** A login and the user it belongs to. */
    record Entry(String tenantId, String login, String userId) {
    }

    /** Reserves {@code login} in the shop for {@code userId}; throws {@code StateConflict LOGIN_TAKEN} when taken. */
    void claim(String tenantId, String login, String userId);

    /** Gives a reservation back, only if it is still {@code userId}'s. */
    void release(String tenantId, String login, String userId);

    /** Every shop where {@code login} is in use. */
    List<Entry> find(String login);
}
