package io.interdict.casework;

import com.sun.tools.attach.VirtualMachine;
import io.interdict.platform.environment.TestEnvironment;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.concurrent.atomic.AtomicLong;
import javax.management.remote.JMXConnector;
import javax.management.remote.JMXConnectorFactory;
import javax.management.remote.JMXServiceURL;

/**
 * The heap of the server under test, read through its platform MBean ({@code java.lang:type=Memory}) over a local JMX
 * connection: the test attaches to the WildFly JVM that Arquillian started (the one given this run's database), so
 * nothing in the server's configuration changes for the measurement. "Live" figures are read just after a full
 * collection asked of the server, so that they count what is still referenced, not garbage not yet collected.
 */
final class ServerHeap implements AutoCloseable {

    private final JMXConnector connector;
    private final MemoryMXBean memory;
    private final AtomicLong peakUsed = new AtomicLong();
    private volatile Thread sampler;

    private ServerHeap(JMXConnector connector, MemoryMXBean memory) {
        this.connector = connector;
        this.memory = memory;
    }

    static ServerHeap attach() throws Exception {
        String marker = "-Dinterdict.db.url=" + TestEnvironment.database().jdbcUrl();
        ProcessHandle server = ProcessHandle.allProcesses()
                .filter(p -> p.info().commandLine().map(line -> line.contains(marker)).orElse(false))
                .findFirst().orElseThrow(() -> new IllegalStateException("no server JVM started with " + marker));
        VirtualMachine vm = VirtualMachine.attach(String.valueOf(server.pid()));
        try {
            JMXConnector connector = JMXConnectorFactory.connect(new JMXServiceURL(vm.startLocalManagementAgent()));
            return new ServerHeap(connector, ManagementFactory.newPlatformMXBeanProxy(
                    connector.getMBeanServerConnection(), ManagementFactory.MEMORY_MXBEAN_NAME, MemoryMXBean.class));
        } finally {
            vm.detach();
        }
    }

    /** Heap in use now, garbage included. */
    long used() {
        return memory.getHeapMemoryUsage().getUsed();
    }

    /** Heap still referenced: used just after a full collection. */
    long live() {
        memory.gc();
        return used();
    }

    long max() {
        return memory.getHeapMemoryUsage().getMax();
    }

    /** Starts reading the used heap every 50 ms, keeping the highest figure, until {@link #stopSampling()}. */
    void startSampling() {
        peakUsed.set(used());
        Thread thread = new Thread(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                try {
                    peakUsed.accumulateAndGet(used(), Math::max);
                    Thread.sleep(50);
                } catch (InterruptedException e) {
                    return;
                } catch (RuntimeException e) {
                    // the connection may be closing at the end of the run; the figures so far stand
                    return;
                }
            }
        }, "server-heap-sampler");
        thread.setDaemon(true);
        thread.start();
        sampler = thread;
    }

    /** @return the highest used heap seen while sampling */
    long stopSampling() throws InterruptedException {
        Thread thread = sampler;
        if (thread != null) {
            thread.interrupt();
            thread.join(2_000);
        }
        return peakUsed.get();
    }

    static String mb(long bytes) {
        return String.format(java.util.Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0));
    }

    @Override
    public void close() throws IOException, InterruptedException {
        stopSampling();
        connector.close();
    }
}
