package io.interdict.platform.environment;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Free ports for the servers a test starts: a WildFly port offset whose ports are all free, so that test runs on one
 * machine (another developer's, or {@code bin/interdict run} on 8080) do not collide, and single free ports.
 *
 * <p>Every port is taken below the kernel's ephemeral range (32768 and up): a port picked there is free when it is
 * picked, but any outgoing connection may be given it before the server binds it (seen: Keycloak failing to start
 * with "Port already bound").
 */
public final class FreePorts {

    /** http, https, management http, management https: every port the provisioned server binds. */
    private static final int[] BASE_PORTS = {8080, 8443, 9990, 9993};
    /** JGroups' TCP port of a clustered node, before its offset. */
    private static final int JGROUPS_TCP = 7600;
    private static final int ATTEMPTS = 100;
    /** Below this the kernel hands out no ports for outgoing connections. */
    private static final int EPHEMERAL_START = 32_768;

    private FreePorts() {
    }

    /** A port offset (as jboss.socket.binding.port-offset) at which every port WildFly binds is free. */
    public static int wildFlyOffset() {
        return wildFlyOffset(1);
    }

    /**
     * A port offset from which {@code servers} consecutive offsets are free, each with its JGroups port: a cluster's
     * balancer at the offset and its nodes at the next ones ({@code bin/interdict run --nodes 2}).
     */
    public static int wildFlyOffset(int servers) {
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            int offset = ThreadLocalRandom.current().nextInt(2_000, EPHEMERAL_START - 9993 - servers);
            boolean free = true;
            for (int server = 0; server < servers && free; server++) {
                free = allFree(offset + server) && isFree(JGROUPS_TCP + offset + server);
            }
            if (free) {
                return offset;
            }
        }
        throw new IllegalStateException("no free WildFly port offset found in " + ATTEMPTS + " attempts");
    }

    /** One free port, for a server that takes a single port. */
    public static int port() {
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            int port = ThreadLocalRandom.current().nextInt(20_000, EPHEMERAL_START);
            if (isFree(port)) {
                return port;
            }
        }
        throw new IllegalStateException("no free port found in " + ATTEMPTS + " attempts");
    }

    private static boolean isFree(int port) {
        try (var socket = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
            socket.setReuseAddress(true);
            return true;
        } catch (IOException inUse) {
            return false;
        }
    }

    private static boolean allFree(int offset) {
        for (int base : BASE_PORTS) {
            if (!isFree(base + offset)) {
                return false;
            }
        }
        return true;
    }
}
