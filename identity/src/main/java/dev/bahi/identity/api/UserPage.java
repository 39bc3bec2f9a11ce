package dev.bahi.identity.api;

import java.util.List;

/** A page of users; {@code nextCursor} is null on the last page. */
public record UserPage(List<UserView> items, String nextCursor) {
}
