package org.attest.core.tests;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * A server on the loopback interface that records the connections made to it and closes each at once. Tests
 * point hostile references at {@link #url(String)}: if anything follows them, {@link #connections()} is no
 * longer 0 (and whatever connected gets an empty answer rather than hanging).
 */
public final class NetworkTrap implements AutoCloseable {

	private static final long SENTINEL_WAIT_SECONDS = 10;

	private final ServerSocket server;
	/** The client ports of the accepted connections, in order; guarded by itself. */
	private final List<Integer> clientPorts = new ArrayList<>();
	private final Set<Integer> sentinelPorts = new HashSet<>();

	public NetworkTrap() throws IOException {
		server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
		Thread acceptor = new Thread(this::accept, "NetworkTrap:" + server.getLocalPort());
		acceptor.setDaemon(true);
		acceptor.start();
	}

	private void accept() {
		while (!server.isClosed()) {
			try (Socket socket = server.accept()) {
				synchronized (clientPorts) {
					clientPorts.add(socket.getPort());
					clientPorts.notifyAll();
				}
			} catch (IOException e) {
				// the trap is closed: the test is over
			}
		}
	}

	/** An http URL on the trap, e.g. {@code url("/photo.jpg")}. */
	public String url(String path) {
		return "http://127.0.0.1:" + server.getLocalPort() + path;
	}

	/**
	 * How many connections were made so far. The trap connects to itself first and waits until it has accepted
	 * that connection, so every connection made before the call is counted, however late it was accepted.
	 */
	public int connections() throws IOException, InterruptedException {
		int sentinel;
		try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), server.getLocalPort())) {
			sentinel = socket.getLocalPort();
		}
		sentinelPorts.add(sentinel);
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(SENTINEL_WAIT_SECONDS);
		synchronized (clientPorts) {
			while (!clientPorts.contains(sentinel)) {
				long left = TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime());
				if (left <= 0) {
					throw new IllegalStateException("the trap did not accept its own connection");
				}
				clientPorts.wait(left);
			}
			return (int) clientPorts.stream().filter(port -> !sentinelPorts.contains(port)).count();
		}
	}

	@Override
	public void close() throws IOException {
		server.close();
	}
}
