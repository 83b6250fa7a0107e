package org.sendacc.server;

import java.util.concurrent.Executor;
import java.util.concurrent.ThreadFactory;

/**
 * The server's background threads: each named (for a thread dump and a profile) and a daemon, so that none keeps the
 * JVM alive once the server has stopped.
 */
public final class DaemonThreads {
    private DaemonThreads() {}

    /** Threads of this name, for an executor. */
    public static ThreadFactory named(String name) {
        return task -> {
            Thread thread = new Thread(task, name);
            thread.setDaemon(true);
            return thread;
        };
    }

    /** Runs the task on a new thread of this name. */
    public static void start(String name, Runnable task) {
        named(name).newThread(task).start();
    }

    /** An executor that runs each task on a new thread of this name: for one task run beside the caller. */
    public static Executor each(String name) {
        return task -> start(name, task);
    }
}
