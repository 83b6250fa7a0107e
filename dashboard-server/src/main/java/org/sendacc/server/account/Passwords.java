package org.sendacc.server.account;

import com.password4j.Argon2Function;
import com.password4j.Password;
import com.password4j.types.Argon2;
import java.security.SecureRandom;

/**
 * Password hashes: Argon2id through Password4j (pure Java, maintained), with OWASP's minimum
 * for Argon2id: 19 MiB of memory, 2 passes, 1 lane, a 16-byte salt and a 32-byte hash (docs/security.md, "Accounts").
 * The hash is kept in the PHC string form, which names its own parameters, so stronger ones can come later and old
 * hashes still verify.
 */
public final class Passwords {
    /** Shorter passwords are refused (ASVS 2.1.1: at least 12 characters). */
    public static final int MINIMUM_LENGTH = 12;
    /** Longer ones too (ASVS 2.1.2 allows up to 128; more only costs the hash). */
    public static final int MAXIMUM_LENGTH = 128;

    private static final char[] ALPHABET = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789".toCharArray();

    private static final int SALT_BYTES = 16;
    private static final Argon2Function ARGON2 = Argon2Function.getInstance(19 * 1024, 2, 1, 32, Argon2.ID);

    private final SecureRandom random = new SecureRandom();
    /**
     * A hash of no one's password, checked when an address has no account, so that the answer takes as long. Made on
     * first need, not at the server's start, where a hash of 19 MiB by cold code competed with the snapshot's first
     * read for the cores (docs/performance.md, "Equal work, and the start again"), nor for commands that never check
     * a password.
     */
    private volatile String decoy;

    public Passwords() {}

    /**
     * Makes the decoy now, so that the first refusal of an unknown address takes no longer than the next: the server
     * calls this on a thread of its own once it answers.
     */
    public void prepare() {
        decoy();
    }

    private String decoy() {
        String made = decoy;
        if (made == null) {
            synchronized (this) {
                made = decoy;
                if (made == null) {
                    made = encode(generate());
                    decoy = made;
                }
            }
        }
        return made;
    }

    /** The hash to keep for a password; refuses one too short or too long, saying which. */
    public String hash(String password) {
        if (password.length() < MINIMUM_LENGTH) {
            throw new IllegalArgumentException("a password needs at least " + MINIMUM_LENGTH + " characters");
        }
        if (password.length() > MAXIMUM_LENGTH) {
            throw new IllegalArgumentException("a password may have at most " + MAXIMUM_LENGTH + " characters");
        }
        return encode(password);
    }

    private static String encode(String password) {
        return Password.hash(password).addRandomSalt(SALT_BYTES).with(ARGON2).getResult();
    }

    private static boolean check(String password, String hash) {
        return Password.check(password, hash).with(Argon2Function.getInstanceFromHash(hash));
    }

    /** True when the password is the one the hash was made from. A null hash (no account) is checked all the same. */
    public boolean matches(String password, String hash) {
        if (password.isEmpty() || password.length() > MAXIMUM_LENGTH) {
            return false;
        }
        if (hash == null) {
            check(password, decoy());
            return false;
        }
        return check(password, hash);
    }

    /** A new random password of 20 characters from an alphabet without look-alikes (some 115 bits). */
    public String generate() {
        StringBuilder password = new StringBuilder(20);
        for (int i = 0; i < 20; i++) {
            password.append(ALPHABET[random.nextInt(ALPHABET.length)]);
        }
        return password.toString();
    }
}
