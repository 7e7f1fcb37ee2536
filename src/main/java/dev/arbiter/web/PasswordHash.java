package dev.arbiter.web;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.HexFormat;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/** A salted, slow password hash: PBKDF2-HMAC-SHA256 from the JDK, compared in constant time. */
record PasswordHash(String salt, String hash, int iterations) {
    static final int ITERATIONS = 210_000;
    private static final HexFormat HEX = HexFormat.of();

    static PasswordHash of(String password, SecureRandom random) {
        byte[] salt = new byte[16];
        random.nextBytes(salt);
        return new PasswordHash(HEX.formatHex(salt), derive(password, salt, ITERATIONS), ITERATIONS);
    }

    boolean matches(String password) {
        String candidate = derive(password, HEX.parseHex(salt), iterations);
        return MessageDigest.isEqual(candidate.getBytes(java.nio.charset.StandardCharsets.US_ASCII),
                hash.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
    }

    private static String derive(String password, byte[] salt, int iterations) {
        PBEKeySpec spec = new PBEKeySpec(password.toCharArray(), salt, iterations, 256);
        try {
            return HEX.formatHex(SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the JDK lacks PBKDF2WithHmacSHA256", e);
        } finally {
            spec.clearPassword();
        }
    }
}
