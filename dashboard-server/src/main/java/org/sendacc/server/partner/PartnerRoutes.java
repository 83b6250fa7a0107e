package org.sendacc.server.partner;

import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.sendacc.reference.ReferenceData;
import org.sendacc.server.ServerOptions;
import org.sendacc.server.http.ClientAddress;
import org.sendacc.server.page.PageRenderer;
import org.sendacc.server.snapshot.RestrictedFigures;
import org.sendacc.server.snapshot.SnapshotStore;

/** The signed-in part of the server, assembled once: sign-in, the partner's own figures, and its returns. */
public record PartnerRoutes(PartnerController partner, ReturnsController returns) {
    public static PartnerRoutes create(
            Optional<CompletableFuture<PartnerAccounts>> accounts,
            Optional<ServerOptions.ReturnsOptions> returns,
            SnapshotStore store,
            PageRenderer renderer,
            ClientAddress clients,
            ReferenceData reference,
            Optional<ServerOptions.OidcOptions> oidc) {
        PartnerRequests requests = new PartnerRequests(accounts, store, renderer, clients);
        return new PartnerRoutes(
                new PartnerController(
                        requests,
                        store,
                        new RestrictedFigures(store),
                        oidc.map(options -> new OidcSignIn(options, Clock.systemUTC()))),
                new ReturnsController(requests, returns, reference));
    }
}
