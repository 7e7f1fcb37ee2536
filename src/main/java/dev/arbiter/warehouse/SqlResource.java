package dev.arbiter.warehouse;

import dev.arbiter.model.ArbiterException;
import dev.arbiter.model.ErrorKind;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/** The one loader of SQL kept as {@code .sql} resources beside the code that runs it. */
public final class SqlResource {
    private SqlResource() {}

    /** The text of {@code name}.sql in the package of {@code owner}, e.g. {@code contribution_by_sku_day}. */
    public static String of(Class<?> owner, String name) {
        String path = owner.getPackageName().replace('.', '/') + "/" + name + ".sql";
        return read(path);
    }

    private static String read(String path) {
        try (InputStream in = SqlResource.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new ArbiterException(ErrorKind.INTERNAL, "missing SQL resource " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new ArbiterException(ErrorKind.INTERNAL, "cannot read SQL resource " + path, e);
        }
    }
}
