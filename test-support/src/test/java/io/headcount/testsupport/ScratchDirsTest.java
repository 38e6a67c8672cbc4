package io.headcount.testsupport;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;
import static org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder.request;

class ScratchDirsTest {

    @Test
    void a_class_whose_tests_pass_leaves_no_folder_behind() {
        long failures = run(Passing.class);

        assertThat(failures).isZero();
        assertThat(Passing.dir).isNotNull().doesNotExist();
        assertThat(Passing.existedInAfterAll).isTrue(); // deleted after the class's own @AfterAll, not before
    }

    @Test
    void a_class_with_a_failed_test_keeps_its_folder_for_a_post_mortem() throws Exception {
        long failures = run(Failing.class);

        assertThat(failures).isEqualTo(1);
        assertThat(Failing.dir).exists().isDirectory();
        assertThat(Failing.dir.resolve("log")).hasContent("what happened");
        ScratchDirs.delete(Failing.dir);
    }

    private static long run(Class<?> example) {
        SummaryGeneratingListener summary = new SummaryGeneratingListener();
        LauncherFactory.create().execute(request().selectors(selectClass(example)).build(), summary);
        return summary.getSummary().getTotalFailureCount();
    }

    static class Passing {
        @RegisterExtension
        static final ScratchDirs SCRATCH = new ScratchDirs();
        static Path dir;
        static boolean existedInAfterAll;

        @Test
        void writes() throws Exception {
            dir = SCRATCH.create("scratch-test-");
            Files.writeString(Files.createDirectories(dir.resolve("nested")).resolve("log"), "all well");
        }

        @AfterAll
        static void stopWhatWrites() {
            existedInAfterAll = Files.exists(dir);
        }
    }

    static class Failing {
        @RegisterExtension
        static final ScratchDirs SCRATCH = new ScratchDirs();
        static Path dir;

        @Test
        void fails() throws Exception {
            dir = SCRATCH.create("scratch-test-");
            Files.writeString(dir.resolve("log"), "what happened");
            throw new AssertionError("on purpose");
        }
    }
}
