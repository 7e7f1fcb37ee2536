package dev.arbiter.govern;

import dev.arbiter.model.Action;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;

/** The deterministic id of a proposal, so re-running a run on the same basis day proposes the same action once. */
public final class ActionId {
    private ActionId() {}

    /** {@code A-} and the first 12 hex digits of sha256 over type|subject|describe()|basis day. */
    public static String of(Action action, LocalDate basisDay) {
        String key = action.type().key() + "|" + action.subject() + "|" + action.describe() + "|" + basisDay;
        return "A-" + Sha256.hex(key).substring(0, 12);
    }

    /** SHA-256 in lower-case hex; every JVM has it. */
    public static final class Sha256 {
        private Sha256() {}

        public static String hex(String text) {
            try {
                MessageDigest digest = MessageDigest.getInstance("SHA-256");
                return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException("SHA-256 is missing from this JVM", e);
            }
        }
    }
}
