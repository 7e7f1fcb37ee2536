package dev.arbiter.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.SecureRandom;
import org.junit.jupiter.api.Test;

class PasswordHashTest {

    @Test
    void a_hash_accepts_its_password_and_nothing_else() {
        PasswordHash hash = PasswordHash.of("correct-horse", new SecureRandom());
        assertTrue(hash.matches("correct-horse"));
        assertFalse(hash.matches("correct-horsE"));
        assertFalse(hash.matches(""));
    }

    @Test
    void the_same_password_is_salted_differently_each_time_with_at_least_210000_iterations() {
        SecureRandom random = new SecureRandom();
        PasswordHash first = PasswordHash.of("correct-horse", random);
        PasswordHash second = PasswordHash.of("correct-horse", random);
        assertNotEquals(first.salt(), second.salt());
        assertNotEquals(first.hash(), second.hash());
        assertEquals(210_000, first.iterations());
        assertEquals(64, first.hash().length());
    }
}
