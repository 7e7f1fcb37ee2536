package dev.arbiter.demo;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;

/** One SKU's FBA stock: received lots in arrival order (sold first in, first out), open orders, units sold per day. */
final class Stock {
    private static final int[] AGE_BUCKET_ENDS = {90, 180, 270, 365, 455};

    /** Units that arrived on one simulation day. */
    private static final class Lot {
        final int arrivalDay;
        long units;

        Lot(int arrivalDay, long units) {
            this.arrivalDay = arrivalDay;
            this.units = units;
        }
    }

    /** A purchase order on its way to the fulfilment centre. */
    private record Inbound(int placedDay, int arrivalDay, long units) {}

    private final Deque<Lot> lots = new ArrayDeque<>();
    private final List<Inbound> inbound = new ArrayList<>();
    private final long[] soldByDay;

    Stock(int simulationDays, long initialUnits, int initialArrivalDay) {
        this.soldByDay = new long[simulationDays];
        if (initialUnits > 0) {
            lots.add(new Lot(initialArrivalDay, initialUnits));
        }
    }

    void receive(int day) {
        Iterator<Inbound> open = inbound.iterator();
        while (open.hasNext()) {
            Inbound order = open.next();
            if (order.arrivalDay() <= day) {
                lots.addLast(new Lot(day, order.units()));
                open.remove();
            }
        }
    }

    void order(int placedDay, int arrivalDay, long units) {
        inbound.add(new Inbound(placedDay, arrivalDay, units));
    }

    long available() {
        long total = 0;
        for (Lot lot : lots) {
            total += lot.units;
        }
        return total;
    }

    long onOrder() {
        long total = 0;
        for (Inbound order : inbound) {
            total += order.units();
        }
        return total;
    }

    /** Removes up to {@code units} oldest units and returns how many there were. */
    long take(long units, int day) {
        long taken = 0;
        while (taken < units && !lots.isEmpty()) {
            Lot oldest = lots.peekFirst();
            long now = Math.min(units - taken, oldest.units);
            oldest.units -= now;
            taken += now;
            if (oldest.units == 0) {
                lots.removeFirst();
            }
        }
        soldByDay[day] += taken;
        return taken;
    }

    /** Units sold in the {@code window} days ending with {@code day}. */
    long soldInLast(int window, int day) {
        long total = 0;
        for (int d = Math.max(0, day - window + 1); d <= day; d++) {
            total += soldByDay[d];
        }
        return total;
    }

    /** Available units by age: 0–90, 91–180, 181–270, 271–365, 366–455, 456+ days (FBA Inventory report). */
    long[] ageBuckets(int day) {
        long[] buckets = new long[AGE_BUCKET_ENDS.length + 1];
        for (Lot lot : lots) {
            int age = day - lot.arrivalDay;
            int bucket = 0;
            while (bucket < AGE_BUCKET_ENDS.length && age > AGE_BUCKET_ENDS[bucket]) {
                bucket++;
            }
            buckets[bucket] += lot.units;
        }
        return buckets;
    }

    /** Units on orders placed in the last week (still being prepared: "inbound-working"). */
    long inboundWorking(int day) {
        long total = 0;
        for (Inbound order : inbound) {
            total += day - order.placedDay() < 7 ? order.units() : 0;
        }
        return total;
    }

    /** Units on older open orders (on the water: "inbound-shipped"). */
    long inboundShipped(int day) {
        return onOrder() - inboundWorking(day);
    }
}
