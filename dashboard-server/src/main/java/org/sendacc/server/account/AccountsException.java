package org.sendacc.server.account;

/** The accounts database could not do what was asked; the message names the database, never a password or a token. */
public final class AccountsException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public AccountsException(String message, Throwable cause) {
        super(message, cause);
    }
}
