package io.headcount.local;

import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.bson.Document;
import io.netty.channel.Channel;

/**
 * The H2 backend of mongo-java-server, made to acknowledge only what it has written: the stock backend keeps writes
 * in the MVStore's memory and commits about once a second, so a killed process loses writes that were already
 * answered. Here every command that changed something is committed before its reply leaves, like a journaled
 * MongoDB write. A commit writes the change to the file (it survives a process kill); it does not fsync, so a power
 * loss can still lose the last writes.
 */
public final class DurableH2Backend extends H2Backend {

    public DurableH2Backend(String fileName) {
        super(fileName);
    }

    @Override
    public Document handleCommand(Channel channel, String databaseName, String command, Document query) {
        try {
            return super.handleCommand(channel, databaseName, command, query);
        } finally {
            // also after a failed command: a multi-document insert may have stored some documents before failing
            if (getMvStore().hasUnsavedChanges()) {
                commit();
            }
        }
    }
}
