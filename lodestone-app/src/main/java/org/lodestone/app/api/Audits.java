package org.lodestone.app.api;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.lodestone.store.audit.AuditLog;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Audit entries for refusals: failed logins (an unknown, expired or revoked token) and 403s.
 * Rate-limited to one entry per action and source (address or user) per {@link #WINDOW_NANOS},
 * so a flood of bad requests cannot flood the log; the entry says how many were left out since.
 * Writing is best effort: a refusal is answered even when the store cannot record it.
 */
final class Audits {

    private static final Logger LOG = LoggerFactory.getLogger(Audits.class);

    /** One entry per action and source per minute. */
    static final long WINDOW_NANOS = 60_000_000_000L;

    private static final int KEYS = 10_000;

    private record Window(long start, int skipped) {}

    private final AuditLog log;
    private final Map<String, Window> windows = new ConcurrentHashMap<>();

    Audits(AuditLog log) {
        this.log = log;
    }

    /** A request with a token the store does not accept, from {@code address}. */
    void failedLogin(String address, String path) {
        record("login.fail", address, "anonymous", "path:" + path, "unknown, expired or revoked token from " + address);
    }

    /** A request refused with 403. */
    void forbidden(String user, String method, String path) {
        record("access.deny", user, user, "path:" + path, method + " " + path);
    }

    private void record(String action, String source, String actor, String object, String detail) {
        long now = System.nanoTime();
        String key = action + " " + source;
        Window before = windows.get(key);
        if (before != null && now - before.start() < WINDOW_NANOS) {
            windows.put(key, new Window(before.start(), before.skipped() + 1));
            return;
        }
        if (windows.size() > KEYS) {
            windows.clear();
        }
        windows.put(key, new Window(now, 0));
        String skipped = before == null || before.skipped() == 0 ? "" : " (" + before.skipped() + " more not recorded)";
        try {
            log.append(actor, action, Names.abbreviate(object), detail + skipped);
        } catch (RuntimeException e) {
            LOG.warn("cannot audit {} by {}: {}", action, actor, e.getMessage());
        }
    }
}
