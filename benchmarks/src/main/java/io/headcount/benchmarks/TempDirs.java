package io.headcount.benchmarks;

import io.headcount.testsupport.ScratchDirs;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Temporary data folders that are deleted when the benchmark's JVM exits (stores grow to gigabytes in a run). */
final class TempDirs {

    private TempDirs() {
    }

    static Path create(String prefix) throws IOException {
        Path dir = Files.createTempDirectory(prefix);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> ScratchDirs.delete(dir), "delete " + dir));
        return dir;
    }
}
