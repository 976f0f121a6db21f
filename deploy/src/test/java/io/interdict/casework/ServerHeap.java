package io.interdict.casework;

import com.sun.management.GarbageCollectorMXBean;
import com.sun.tools.attach.VirtualMachine;
import io.interdict.platform.environment.TestEnvironment;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.Comparator;
import java.util.List;
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
    private final List<GarbageCollectorMXBean> collectors;
    private final AtomicLong peakUsed = new AtomicLong();
    private volatile Thread sampler;

    private ServerHeap(JMXConnector connector, MemoryMXBean memory, List<GarbageCollectorMXBean> collectors) {
        this.connector = connector;
        this.memory = memory;
        this.collectors = collectors;
    }

    static ServerHeap attach() throws Exception {
        String marker = "-Dinterdict.db.url=" + TestEnvironment.database().jdbcUrl();
        ProcessHandle server = ProcessHandle.allProcesses()
                .filter(p -> p.info().commandLine().map(line -> line.contains(marker)).orElse(false))
                .findFirst().orElseThrow(() -> new IllegalStateException("no server JVM started with " + marker));
        VirtualMachine vm = VirtualMachine.attach(String.valueOf(server.pid()));
        try {
            JMXConnector connector = JMXConnectorFactory.connect(new JMXServiceURL(vm.startLocalManagementAgent()));
            var beans = connector.getMBeanServerConnection();
            return new ServerHeap(connector, ManagementFactory.newPlatformMXBeanProxy(beans,
                    ManagementFactory.MEMORY_MXBEAN_NAME, MemoryMXBean.class),
                    ManagementFactory.getPlatformMXBeans(beans, GarbageCollectorMXBean.class));
        } finally {
            vm.detach();
        }
    }

    /** Heap in use now, garbage included. */
    long used() {
        return memory.getHeapMemoryUsage().getUsed();
    }

    /**
     * Heap still referenced: what the full collection asked for left in the heap's pools, as the collector itself
     * reported it. Reading the heap's use after the collection instead would count what the export allocated in
     * the meantime (a sample once read 1.1 GB "live" between two readings of 576 MB).
     */
    long live() {
        long collectionsBefore = collections();
        memory.gc();
        return collectors.stream().filter(c -> c.getLastGcInfo() != null)
                .max(Comparator.comparingLong(c -> c.getLastGcInfo().getEndTime()))
                .filter(c -> collections() > collectionsBefore)
                .map(c -> c.getLastGcInfo().getMemoryUsageAfterGc().entrySet().stream()
                        .filter(pool -> pool.getKey().startsWith("G1 ")).mapToLong(pool -> pool.getValue().getUsed())
                        .sum())
                .orElseGet(this::used);
    }

    private long collections() {
        return collectors.stream().mapToLong(GarbageCollectorMXBean::getCollectionCount).sum();
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
