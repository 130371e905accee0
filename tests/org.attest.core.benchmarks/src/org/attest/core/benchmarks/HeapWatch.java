package org.attest.core.benchmarks;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;

import javax.management.ListenerNotFoundException;
import javax.management.Notification;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;
import javax.management.openmbean.TabularData;

/**
 * Watches the heap while some work runs: the heap pools' peak usage, reset after {@code System.gc()} at the
 * start (garbage not yet collected included), and the most heap in use right after any collection during the
 * work, read from the collectors' notifications (what the work still held then).
 */
final class HeapWatch implements AutoCloseable {

	/** What the collectors announce after each collection (com.sun.management's GarbageCollectionNotificationInfo). */
	private static final String COLLECTION = "com.sun.management.gc.notification";

	record Peaks(long used, long afterCollection) {
	}

	private final List<MemoryPoolMXBean> heapPools = ManagementFactory.getMemoryPoolMXBeans().stream()
			.filter(pool -> pool.getType() == MemoryType.HEAP).toList();
	private final Set<String> heapPoolNames = heapPools.stream().map(MemoryPoolMXBean::getName).collect(Collectors.toSet());
	private final AtomicLong mostAfterCollection = new AtomicLong();
	private final NotificationListener listener = this::collected;

	private HeapWatch() {
	}

	static HeapWatch start() {
		System.gc();
		HeapWatch watch = new HeapWatch();
		watch.heapPools.forEach(MemoryPoolMXBean::resetPeakUsage);
		for (GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
			((NotificationEmitter) collector).addNotificationListener(watch.listener, null, null);
		}
		return watch;
	}

	Peaks peaks() {
		return new Peaks(heapPools.stream().mapToLong(pool -> pool.getPeakUsage().getUsed()).sum(), mostAfterCollection.get());
	}

	private void collected(Notification notification, Object handback) {
		if (!COLLECTION.equals(notification.getType())) {
			return;
		}
		CompositeData info = (CompositeData) ((CompositeData) notification.getUserData()).get("gcInfo");
		long used = 0;
		for (Object row : ((TabularData) info.get("memoryUsageAfterGc")).values()) {
			CompositeData pool = (CompositeData) row;
			if (heapPoolNames.contains(pool.get("key"))) {
				used += MemoryUsage.from((CompositeData) pool.get("value")).getUsed();
			}
		}
		mostAfterCollection.accumulateAndGet(used, Math::max);
	}

	@Override
	public void close() {
		for (GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
			try {
				((NotificationEmitter) collector).removeNotificationListener(listener);
			} catch (ListenerNotFoundException e) {
				// added in start(); nothing to remove otherwise
			}
		}
	}
}
