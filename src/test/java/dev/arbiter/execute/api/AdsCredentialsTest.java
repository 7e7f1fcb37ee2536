package dev.arbiter.execute.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.arbiter.model.ArbiterException;
import dev.arbiter.model.Marketplace;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AdsCredentialsTest {
    private static final String FILE_TEXT = "client_id=amzn1.application-oa2-client.EXAMPLE\nclient_secret=SECRET-EXAMPLE\n"
            + "refresh_token=Atzr|REFRESH-EXAMPLE\nprofile_id=3456789012345678\n";

    @TempDir
    Path dir;

    private Path file(String text, String permissions) throws IOException {
        Path file = dir.resolve("ads-credentials.properties");
        Files.writeString(file, text);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString(permissions));
        return file;
    }

    @Test
    void credentials_come_from_the_environment_when_it_names_them() {
        AdsCredentials credentials = AdsCredentials.load(Map.of("ARBITER_ADS_CLIENT_ID", "id",
                "ARBITER_ADS_CLIENT_SECRET", "secret", "ARBITER_ADS_REFRESH_TOKEN", "Atzr|x"), dir.resolve("none"));

        assertEquals(new AdsCredentials("id", "secret", "Atzr|x", Optional.empty()), credentials);
    }

    @Test
    void credentials_come_from_a_file_only_its_owner_can_read() throws IOException {
        AdsCredentials credentials = AdsCredentials.load(Map.of(), file(FILE_TEXT, "rw-------"));

        assertEquals(AdsStub.credentials(Optional.of("3456789012345678")), credentials);
    }

    @Test
    void a_file_others_can_read_is_refused_with_the_command_that_fixes_it() throws IOException {
        Path file = file(FILE_TEXT, "rw-r--r--");

        ArbiterException e = assertThrows(ArbiterException.class, () -> AdsCredentials.load(Map.of(), file));

        assertEquals(file + " holds secrets but is readable or writable by others (rw-r--r--); run 'chmod 600 "
                + file + "' and try again", e.getMessage());
    }

    @Test
    void a_missing_secret_is_named_without_showing_the_others() throws IOException {
        Path file = file("client_id=id\nrefresh_token=Atzr|SECRET\n", "rw-------");

        ArbiterException e = assertThrows(ArbiterException.class, () -> AdsCredentials.load(Map.of(), file));

        assertEquals("Amazon Ads credentials in " + file + " lack client_secret; give it and run again", e.getMessage());
    }

    @Test
    void without_any_credentials_the_message_says_where_to_put_them() {
        ArbiterException e = assertThrows(ArbiterException.class,
                () -> AdsCredentials.load(Map.of(), dir.resolve("ads-credentials.properties")));

        assertEquals("no Amazon Ads credentials: set ARBITER_ADS_CLIENT_ID, ARBITER_ADS_CLIENT_SECRET and"
                + " ARBITER_ADS_REFRESH_TOKEN (and optionally ARBITER_ADS_PROFILE_ID), or write them as client_id,"
                + " client_secret, refresh_token, profile_id to " + dir.resolve("ads-credentials.properties")
                + " with chmod 600", e.getMessage());
    }

    @Test
    void credentials_never_print_their_secrets() {
        assertEquals("AdsCredentials[clientId=amzn1.application-oa2-client.EXAMPLE, clientSecret=***, refreshToken=***,"
                + " profileId=(from /v2/profiles)]", AdsStub.credentials(Optional.empty()).toString());
    }

    @Test
    void each_region_has_its_hosts_and_the_environment_can_point_both_at_a_stub() {
        assertEquals(URI.create("https://advertising-api-eu.amazon.com"), AdsEndpoint.of(Marketplace.DE, Map.of()).api());
        assertEquals(URI.create("https://api.amazon.co.jp/auth/o2/token"), AdsEndpoint.of(Marketplace.JP, Map.of()).token());
        assertEquals(new AdsEndpoint(URI.create("http://127.0.0.1:9999"), URI.create("http://127.0.0.1:9999/auth/o2/token")),
                AdsEndpoint.of(Marketplace.US, Map.of("ARBITER_ADS_API_URL", "http://127.0.0.1:9999",
                        "ARBITER_ADS_TOKEN_URL", "http://127.0.0.1:9999/auth/o2/token")));
    }
}
