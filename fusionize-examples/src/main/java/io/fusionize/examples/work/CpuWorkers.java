package io.fusionize.examples.work;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.DoubleAdder;

/**
 * The "two parallel CPU workers" of the evaluation applications: threads that each run a loop of
 * {@code atan(i) * tan(i)}.
 */
public final class CpuWorkers {

    /** The number of workers the evaluation applications start. */
    public static final int EVALUATION_WORKERS = 2;

    /** The loop length of each worker in the evaluation applications: 7^7. */
    public static final int EVALUATION_ITERATIONS = 823_543;

    private CpuWorkers() {
    }

    /**
     * Runs the evaluation's work: two workers of 7^7 iterations each.
     *
     * @return the sum of every worker's result, returned so that the work cannot be optimized away
     * @throws InterruptedException when the calling thread is interrupted while it waits
     */
    public static double runEvaluationWork() throws InterruptedException {
        return run(EVALUATION_WORKERS, EVALUATION_ITERATIONS);
    }

    /**
     * Starts {@code workers} threads, each looping {@code iterations} times, and waits for all.
     *
     * @param workers how many threads to run in parallel; at least 1
     * @param iterations the loop length of each thread; not negative
     * @return the sum of every worker's result
     * @throws InterruptedException when the calling thread is interrupted while it waits
     */
    public static double run(int workers, int iterations) throws InterruptedException {
        if (workers < 1) {
            throw new IllegalArgumentException("workers must be at least 1, was " + workers);
        }
        if (iterations < 0) {
            throw new IllegalArgumentException("iterations must not be negative, was " + iterations);
        }
        DoubleAdder total = new DoubleAdder();
        List<Thread> threads = startWorkers(workers, iterations, total);
        for (Thread thread : threads) {
            thread.join();
        }
        return total.sum();
    }

    /**
     * One worker's loop, run on the calling thread.
     *
     * @param iterations the loop length; not negative
     * @return the sum of {@code atan(i) * tan(i)} over {@code i} in {@code [0, iterations)}
     */
    public static double loop(int iterations) {
        double sum = 0;
        for (int i = 0; i < iterations; i++) {
            sum += Math.atan(i) * Math.tan(i);
        }
        return sum;
    }

    private static List<Thread> startWorkers(int workers, int iterations, DoubleAdder total) {
        List<Thread> threads = new ArrayList<>(workers);
        for (int index = 0; index < workers; index++) {
            Thread thread = new Thread(() -> total.add(loop(iterations)), "cpu-worker-" + index);
            thread.setDaemon(true);
            thread.start();
            threads.add(thread);
        }
        return threads;
    }
}
