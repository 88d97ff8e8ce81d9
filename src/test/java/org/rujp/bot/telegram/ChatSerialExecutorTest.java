package org.rujp.bot.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ChatSerialExecutorTest {
    @Test
    void theIdleHookRunsWhenTheLastPieceOfWorkIsDoneAndNotBefore() throws Exception {
        List<Integer> backlogWhenIdle = Collections.synchronizedList(new ArrayList<>());
        java.util.concurrent.atomic.AtomicReference<ChatSerialExecutor> self = new java.util.concurrent.atomic.AtomicReference<>();
        ChatSerialExecutor executor = new ChatSerialExecutor(2, 100, () -> backlogWhenIdle.add(self.get().backlog()));
        self.set(executor);
        java.util.concurrent.CountDownLatch go = new java.util.concurrent.CountDownLatch(1);
        for (int i = 0; i < 20; i++) {
            executor.execute(i % 3, () -> {
                try {
                    go.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
        }
        assertTrue(backlogWhenIdle.isEmpty());

        go.countDown();

        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (executor.backlog() > 0 && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        executor.close(Duration.ofSeconds(5));
        assertTrue(!backlogWhenIdle.isEmpty(), "told when the work ran out");
        assertTrue(backlogWhenIdle.stream().allMatch(b -> b == 0), "only then: " + backlogWhenIdle);
    }

    @Test
    void severalWorkersRunChatsInParallelAndEachChatInArrivalOrder() {
        int workers = 4;
        int chats = 12;
        int perChat = 40;
        ChatSerialExecutor executor = new ChatSerialExecutor(workers, 1_000);
        Map<Long, List<Integer>> done = new ConcurrentHashMap<>();
        AtomicInteger running = new AtomicInteger();
        AtomicInteger mostAtOnce = new AtomicInteger();
        Map<Long, AtomicInteger> runningPerChat = new ConcurrentHashMap<>();
        AtomicInteger chatOverlap = new AtomicInteger();
        for (int i = 0; i < perChat; i++) {
            for (long chat = 1; chat <= chats; chat++) {
                long c = chat;
                int seq = i;
                executor.execute(chat, () -> {
                    mostAtOnce.accumulateAndGet(running.incrementAndGet(), Math::max);
                    if (runningPerChat.computeIfAbsent(c, k -> new AtomicInteger()).incrementAndGet() > 1) {
                        chatOverlap.incrementAndGet();
                    }
                    busy(ThreadLocalRandom.current().nextInt(50, 400));
                    done.computeIfAbsent(c, k -> Collections.synchronizedList(new ArrayList<>())).add(seq);
                    runningPerChat.get(c).decrementAndGet();
                    running.decrementAndGet();
                });
            }
        }
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (executor.backlog() > 0 && System.nanoTime() < deadline) {
            Thread.onSpinWait();
        }
        assertEquals(0, executor.close(Duration.ofSeconds(10)), "all work finished");
        List<Integer> inOrder = IntStream.range(0, perChat).boxed().toList();
        for (long chat = 1; chat <= chats; chat++) {
            assertEquals(inOrder, done.get(chat), "chat " + chat + " in arrival order");
        }
        assertEquals(0, chatOverlap.get(), "never two pieces of one chat's work at once");
        assertTrue(mostAtOnce.get() > 1, "chats ran in parallel: at most " + mostAtOnce.get() + " at once");
        assertTrue(mostAtOnce.get() <= workers, "no more than the workers at once: " + mostAtOnce.get());
    }

    /** Spins for a few microseconds, so that threads overlap without sleeping. */
    private static void busy(int micros) {
        long until = System.nanoTime() + micros * 1_000L;
        while (System.nanoTime() < until) {
            Thread.onSpinWait();
        }
    }
}
