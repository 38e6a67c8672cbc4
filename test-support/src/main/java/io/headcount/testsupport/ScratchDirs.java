package io.headcount.testsupport;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestWatcher;
import org.springframework.util.FileSystemUtils;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Data folders a test class's child processes write to (a platform's stores, a broker's log): deleted after the
 * class's own {@code @AfterAll} (which stops those processes) when every test passed, and kept, with their paths
 * printed, when one failed — they are what a post-mortem reads. Register as a static field:
 * {@code @RegisterExtension static final ScratchDirs SCRATCH = new ScratchDirs();}
 */
public final class ScratchDirs implements TestWatcher, AfterAllCallback {

    private final List<Path> dirs = new CopyOnWriteArrayList<>();
    private volatile boolean failed;

    /** A new empty folder under the system's temporary folder, e.g. {@code headcount-platform-123…}. */
    public Path create(String prefix) {
        try {
            Path dir = Files.createTempDirectory(prefix);
            dirs.add(dir);
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void testFailed(ExtensionContext context, Throwable cause) {
        failed = true;
    }

    @Override
    public void afterAll(ExtensionContext context) {
        boolean keep = failed || context.getExecutionException().isPresent(); // e.g. a failed @BeforeAll
        for (Path dir : dirs) {
            if (keep) {
                System.err.println("kept for a post-mortem (" + context.getDisplayName() + " failed): " + dir);
            } else {
                delete(dir);
            }
        }
        dirs.clear();
    }

    /** Deletes {@code dir} and all in it; nothing if it is gone already. */
    public static void delete(Path dir) {
        try {
            FileSystemUtils.deleteRecursively(dir);
        } catch (IOException e) {
            System.err.println("could not delete " + dir + ": " + e.getMessage());
        }
    }
}
