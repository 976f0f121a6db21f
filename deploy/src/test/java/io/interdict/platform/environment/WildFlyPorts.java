package io.interdict.platform.environment;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.concurrent.ThreadLocalRandom;

/**
 * A WildFly port offset whose ports are all free, so that test runs on one machine (another developer's,
 * or {@code bin/interdict run} on 8080) do not collide.
 */
final class WildFlyPorts {

    /** http, https, management http, management https: every port the provisioned server binds. */
    private static final int[] BASE_PORTS = {8080, 8443, 9990, 9993};
    private static final int ATTEMPTS = 100;

    private WildFlyPorts() {
    }

    static int freeOffset() {
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            int offset = ThreadLocalRandom.current().nextInt(10_000, 50_000);
            if (allFree(offset)) {
                return offset;
            }
        }
        throw new IllegalStateException("no free WildFly port offset found in " + ATTEMPTS + " attempts");
    }

    private static boolean allFree(int offset) {
        for (int base : BASE_PORTS) {
            try (var socket = new ServerSocket(base + offset, 1, InetAddress.getLoopbackAddress())) {
                socket.setReuseAddress(true);
            } catch (IOException inUse) {
                return false;
            }
        }
        return true;
    }
}
