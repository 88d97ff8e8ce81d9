package org.rujp.bot.index;

import ai.djl.huggingface.tokenizers.Encoding;
import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import java.nio.LongBuffer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.IntStream;

/**
 * Embeds many texts through one ONNX session in padded batches: texts of similar length are grouped, padded
 * to the longest of their batch and masked, so one call computes a batch instead of a text. Mean pooling over
 * the unmasked tokens ([CLS] and [SEP] included) and unit length give the vectors langchain4j's
 * {@code OnnxBertBiEncoder} gives one text at a time, to float rounding.
 *
 * <p>The batches run side by side on {@code threads} threads, longest first, each run of the session on one thread
 * (see {@link MiniLmEmbedder.Threads#ONE_PER_RUN}); sorted by length, a batch pads its texts by a few word pieces at
 * most.
 *
 * <p>A text longer than the model's 510 word pieces is left to {@code single}, which splits it as langchain4j does.
 */
final class OnnxBatchEncoder {
    static final int MAX_TOKENS = 510;
    static final int BATCH = 8;

    private final OrtEnvironment environment;
    private final OrtSession session;
    private final HuggingFaceTokenizer tokenizer;
    private final Function<String, float[]> single;
    private final int threads;

    OnnxBatchEncoder(OrtEnvironment environment, OrtSession session, HuggingFaceTokenizer tokenizer, Function<String, float[]> single,
                     int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, not " + threads);
        }
        this.environment = environment;
        this.session = session;
        this.tokenizer = tokenizer;
        this.single = single;
        this.threads = threads;
    }

    List<float[]> embedAll(List<String> texts) {
        float[][] out = new float[texts.size()][];
        long[][] ids = new long[texts.size()][];
        for (int i = 0; i < texts.size(); i++) {
            List<String> tokens = tokenizer.tokenize(texts.get(i));
            if (tokens.size() - 2 > MAX_TOKENS) {
                out[i] = single.apply(texts.get(i));
            } else {
                ids[i] = encode(tokens.subList(1, tokens.size() - 1));
            }
        }
        List<Integer> order = IntStream.range(0, texts.size()).filter(i -> ids[i] != null).boxed()
                .sorted(Comparator.comparingInt((Integer i) -> ids[i].length).reversed()).toList();
        List<List<Integer>> batches = new ArrayList<>();
        for (int from = 0; from < order.size(); from += BATCH) {
            batches.add(order.subList(from, Math.min(order.size(), from + BATCH)));
        }
        Consumer<List<Integer>> runBatch = batch -> {
            float[][] vectors = run(batch.stream().map(i -> ids[i]).toList());
            for (int b = 0; b < batch.size(); b++) {
                out[batch.get(b)] = vectors[b];
            }
        };
        int parallel = Math.min(threads, batches.size());
        if (parallel <= 1) {
            batches.forEach(runBatch);
        } else {
            runSideBySide(batches, runBatch, parallel);
        }
        return List.of(out);
    }

    /** Runs every batch on {@code parallel} threads of their own, each taking the next batch (longest first) when done. */
    private static void runSideBySide(List<List<Integer>> batches, Consumer<List<Integer>> runBatch, int parallel) {
        ExecutorService pool = Executors.newFixedThreadPool(parallel, r -> {
            Thread t = new Thread(r, "rujp-embed-batch");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<?>> done = new ArrayList<>();
            for (List<Integer> batch : batches) {
                done.add(pool.submit(() -> runBatch.accept(batch)));
            }
            for (Future<?> f : done) {
                f.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while embedding", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    /** The ids langchain4j gives the same word pieces: rebuilt into a sentence and encoded with [CLS] and [SEP]. */
    private long[] encode(List<String> tokens) {
        String text = tokenizer.buildSentence(tokens);
        List<String> again = new LinkedList<>(tokenizer.tokenize(text));
        again.remove(0);
        again.remove(again.size() - 1);
        Encoding encoding = tokenizer.encode(again.equals(tokens) ? text : String.join("", tokens), true, false);
        return encoding.getIds();
    }

    private float[][] run(List<long[]> batch) {
        int rows = batch.size();
        int width = batch.stream().mapToInt(a -> a.length).max().orElse(0);
        long[] inputIds = new long[rows * width];
        long[] mask = new long[rows * width];
        long[] types = new long[rows * width];
        for (int r = 0; r < rows; r++) {
            long[] ids = batch.get(r);
            System.arraycopy(ids, 0, inputIds, r * width, ids.length);
            java.util.Arrays.fill(mask, r * width, r * width + ids.length, 1L);
        }
        long[] shape = {rows, width};
        try (OnnxTensor idsTensor = OnnxTensor.createTensor(environment, LongBuffer.wrap(inputIds), shape);
             OnnxTensor maskTensor = OnnxTensor.createTensor(environment, LongBuffer.wrap(mask), shape);
             OnnxTensor typesTensor = OnnxTensor.createTensor(environment, LongBuffer.wrap(types), shape)) {
            Map<String, OnnxTensor> inputs = new HashMap<>();
            inputs.put("input_ids", idsTensor);
            inputs.put("attention_mask", maskTensor);
            if (session.getInputNames().contains("token_type_ids")) {
                inputs.put("token_type_ids", typesTensor);
            }
            try (OrtSession.Result result = session.run(inputs)) {
                float[][][] hidden = (float[][][]) result.get(0).getValue();
                float[][] vectors = new float[rows][];
                for (int r = 0; r < rows; r++) {
                    vectors[r] = meanUnit(hidden[r], batch.get(r).length);
                }
                return vectors;
            }
        } catch (OrtException e) {
            throw new IllegalStateException("embedding a batch of " + rows + " texts failed: " + e.getMessage(), e);
        }
    }

    private static float[] meanUnit(float[][] tokens, int length) {
        int dim = tokens[0].length;
        float[] v = new float[dim];
        for (int t = 0; t < length; t++) {
            for (int j = 0; j < dim; j++) {
                v[j] += tokens[t][j];
            }
        }
        float norm = 0;
        for (int j = 0; j < dim; j++) {
            v[j] /= length;
            norm += v[j] * v[j];
        }
        norm = (float) Math.sqrt(norm);
        for (int j = 0; j < dim; j++) {
            v[j] /= norm;
        }
        return v;
    }
}
