package dev.arbiter.execute.api;

import dev.arbiter.model.ArbiterException;
import dev.arbiter.model.ErrorKind;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.EnumSet;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;

/**
 * The Login with Amazon client and refresh token the Ads API needs, and optionally the profile to act for. Read from
 * the environment ({@code ARBITER_ADS_CLIENT_ID}, {@code ARBITER_ADS_CLIENT_SECRET}, {@code ARBITER_ADS_REFRESH_TOKEN},
 * {@code ARBITER_ADS_PROFILE_ID}) or from a properties file only its owner can read. Never printed: {@link #toString()}
 * shows no secret.
 */
public record AdsCredentials(String clientId, String clientSecret, String refreshToken, Optional<String> profileId) {

    static final String CLIENT_ID = "ARBITER_ADS_CLIENT_ID";
    static final String CLIENT_SECRET = "ARBITER_ADS_CLIENT_SECRET";
    static final String REFRESH_TOKEN = "ARBITER_ADS_REFRESH_TOKEN";
    static final String PROFILE_ID = "ARBITER_ADS_PROFILE_ID";

    public AdsCredentials {
        Objects.requireNonNull(clientId, "clientId");
        Objects.requireNonNull(clientSecret, "clientSecret");
        Objects.requireNonNull(refreshToken, "refreshToken");
        Objects.requireNonNull(profileId, "profileId");
    }

    /** From the environment when it names all three secrets, else from {@code file}. */
    public static AdsCredentials load(Map<String, String> environment, Path file) {
        if (environment.containsKey(CLIENT_ID) || environment.containsKey(REFRESH_TOKEN)) {
            return from(environment::get, "the environment", "set");
        }
        if (!Files.isRegularFile(file)) {
            throw new ArbiterException(ErrorKind.USER, "no Amazon Ads credentials: set " + CLIENT_ID + ", " + CLIENT_SECRET
                    + " and " + REFRESH_TOKEN + " (and optionally " + PROFILE_ID + "), or write them as "
                    + "client_id, client_secret, refresh_token, profile_id to " + file + " with chmod 600");
        }
        refuseReadableByOthers(file);
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new ArbiterException(ErrorKind.EXTERNAL, "cannot read " + file + ": " + e.getMessage(), e);
        }
        return from(name -> properties.getProperty(name.substring("ARBITER_ADS_".length()).toLowerCase(java.util.Locale.ROOT)),
                file.toString(), "give");
    }

    private static AdsCredentials from(java.util.function.Function<String, String> source, String where, String verb) {
        String id = required(source, CLIENT_ID, where, verb);
        String secret = required(source, CLIENT_SECRET, where, verb);
        String token = required(source, REFRESH_TOKEN, where, verb);
        String profile = source.apply(PROFILE_ID);
        return new AdsCredentials(id, secret, token,
                Optional.ofNullable(profile).map(String::trim).filter(p -> !p.isEmpty()));
    }

    private static String required(java.util.function.Function<String, String> source, String name, String where,
            String verb) {
        String value = source.apply(name);
        if (value == null || value.isBlank()) {
            String key = where.equals("the environment") ? name
                    : name.substring("ARBITER_ADS_".length()).toLowerCase(java.util.Locale.ROOT);
            throw new ArbiterException(ErrorKind.USER, "Amazon Ads credentials in " + where + " lack " + key + "; "
                    + verb + " it and run again");
        }
        return value.trim();
    }

    private static void refuseReadableByOthers(Path file) {
        Set<PosixFilePermission> permissions;
        try {
            permissions = Files.getPosixFilePermissions(file);
        } catch (UnsupportedOperationException e) {
            return;
        } catch (IOException e) {
            throw new ArbiterException(ErrorKind.EXTERNAL, "cannot read the permissions of " + file + ": " + e.getMessage(), e);
        }
        Set<PosixFilePermission> others = EnumSet.of(PosixFilePermission.GROUP_READ, PosixFilePermission.GROUP_WRITE,
                PosixFilePermission.OTHERS_READ, PosixFilePermission.OTHERS_WRITE);
        others.retainAll(permissions);
        if (!others.isEmpty()) {
            throw new ArbiterException(ErrorKind.USER, file + " holds secrets but is readable or writable by others ("
                    + PosixFilePermissions.toString(permissions) + "); run 'chmod 600 " + file + "' and try again");
        }
    }

    @Override
    public String toString() {
        return "AdsCredentials[clientId=" + clientId + ", clientSecret=***, refreshToken=***, profileId="
                + profileId.orElse("(from /v2/profiles)") + "]";
    }
}
