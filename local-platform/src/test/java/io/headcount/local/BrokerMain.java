package io.headcount.local;

import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;

/** The local platform's Kafka broker alone, as a process of its own, so a test can stop and restart it. */
public final class BrokerMain {

    private BrokerMain() {
    }

    /** Arguments: log folder, client port, controller port. */
    public static void main(String[] args) throws Exception {
        KafkaBroker broker = KafkaBroker.start(Path.of(args[0]), Integer.parseInt(args[1]), Integer.parseInt(args[2]),
                3);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            broker.close();
            stopped.countDown();
        }));
        System.out.println("BROKER READY");
        stopped.await();
    }
}
