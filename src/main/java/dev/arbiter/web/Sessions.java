package dev.arbiter.web;

import dev.arbiter.policy.User;
import dev.arbiter.policy.Visibility;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Open sign-ins, by an unguessable token kept in an HTTP-only cookie; each lasts {@link #LIFETIME} at most. */
final class Sessions {
    static final Duration LIFETIME = Duration.ofHours(8);

    private final Map<String, Viewer> open = new ConcurrentHashMap<>();
    private final SecureRandom random = new SecureRandom();
    private final Clock clock;

    Sessions(Clock clock) {
        this.clock = clock;
    }

    /** Opens a session and returns its token. */
    String open(User user, Visibility visibility) {
        String token = token();
        open.put(token, new Viewer(user, visibility, token(), clock.instant().plus(LIFETIME)));
        return token;
    }

    Optional<Viewer> find(String token) {
        if (token == null) {
            return Optional.empty();
        }
        Viewer viewer = open.get(token);
        if (viewer == null || !clock.instant().isBefore(viewer.expires())) {
            open.remove(token);
            return Optional.empty();
        }
        return Optional.of(viewer);
    }

    void close(String token) {
        if (token != null) {
            open.remove(token);
        }
    }

    private String token() {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
