package org.rujp.bot.eval;

import java.util.ArrayList;
import java.util.List;

/**
 * Chooses the refusal threshold ({@code answer.min_score}) on the gold set. Given outcomes produced with
 * no threshold, the bot refuses a question exactly when its best retrieval score is below the
 * threshold; the chosen threshold maximises the number of right decisions (answerable questions answered
 * correctly plus unanswerable questions refused), and among equally good thresholds takes the middle of
 * the widest interval, to keep the largest margin on both sides.
 */
public final class Calibrator {
    private Calibrator() {
    }

    /** The threshold chosen and the decision quality it gives on the gold set. */
    public record Calibration(double threshold, int rightDecisions, int questions, double refusalPrecision,
                              double refusalRecall, double answeredAccuracy, double marginLow, double marginHigh) {
    }

    public static Calibration calibrate(List<Outcome> unthresholded) {
        List<double[]> points = points(unthresholded);
        List<Double> scores = points.stream().map(p -> p[0]).filter(Double::isFinite).distinct().sorted().toList();
        List<Double> candidates = new ArrayList<>();
        candidates.add(scores.isEmpty() ? 0 : scores.get(0) - 1e-6);
        for (int i = 0; i + 1 < scores.size(); i++) {
            candidates.add((scores.get(i) + scores.get(i + 1)) / 2);
        }
        candidates.add(scores.isEmpty() ? 1 : scores.get(scores.size() - 1) + 1e-6);

        int best = -1;
        int bestFrom = 0;
        int bestTo = 0;
        int runStart = -1;
        for (int i = 0; i < candidates.size(); i++) {
            int right = right(points, candidates.get(i));
            if (right > best) {
                best = right;
                bestFrom = i;
                bestTo = i;
                runStart = i;
            } else if (right == best && runStart >= 0 && i == bestTo + 1 && bestFrom == runStart) {
                bestTo = i; // extend the contiguous run of equally good thresholds
            }
        }
        double low = candidates.get(bestFrom);
        double high = candidates.get(bestTo);
        double threshold = Math.round((low + high) / 2 * 1000) / 1000.0;
        return describe(points, threshold, low, high);
    }

    /** Per outcome: the best score, answerable (1/0), answered right (1/0). */
    private static List<double[]> points(List<Outcome> unthresholded) {
        List<double[]> points = new ArrayList<>();
        for (Outcome o : unthresholded) {
            // Refused without a threshold means refused for another reason (empty question, answerability): always refused.
            double top = o.refused() || o.answer().retrieved().isEmpty() ? Double.NEGATIVE_INFINITY : o.answer().retrieved().get(0).score();
            boolean answeredRight = !o.question().refuse() && !o.refused() && o.accurate();
            points.add(new double[] {top, o.question().refuse() ? 0 : 1, answeredRight ? 1 : 0});
        }
        return points;
    }

    private static int right(List<double[]> points, double t) {
        int right = 0;
        for (double[] p : points) {
            boolean refuse = p[0] < t;
            if (p[1] == 0 && refuse || p[1] == 1 && !refuse && p[2] == 1) {
                right++;
            }
        }
        return right;
    }

    private static Calibration describe(List<double[]> points, double t, double low, double high) {
        int refused = 0;
        int refusedRight = 0;
        int unanswerable = 0;
        int answered = 0;
        int answeredRight = 0;
        for (double[] p : points) {
            boolean refuse = p[0] < t;
            if (p[1] == 0) {
                unanswerable++;
            }
            if (refuse) {
                refused++;
                if (p[1] == 0) {
                    refusedRight++;
                }
            } else if (p[1] == 1) {
                answered++;
                answeredRight += (int) p[2];
            }
        }
        return new Calibration(t, right(points, t), points.size(),
                refused == 0 ? 1 : (double) refusedRight / refused,
                unanswerable == 0 ? 1 : (double) refusedRight / unanswerable,
                answered == 0 ? 0 : (double) answeredRight / answered, low, high);
    }

    /** One calibration per language present, each on its own questions (languages may be retrieved differently). */
    public static java.util.Map<org.rujp.bot.knowledge.Lang, Calibration> perLanguage(List<Outcome> unthresholded) {
        java.util.Map<org.rujp.bot.knowledge.Lang, Calibration> result = new java.util.EnumMap<>(org.rujp.bot.knowledge.Lang.class);
        for (org.rujp.bot.knowledge.Lang lang : org.rujp.bot.knowledge.Lang.values()) {
            List<Outcome> subset = unthresholded.stream().filter(o -> o.question().lang() == lang).toList();
            if (!subset.isEmpty()) {
                result.put(lang, calibrate(subset));
            }
        }
        return result;
    }

    /**
     * The share of right decisions on held-out questions, per language: each of k folds (by a hash of the
     * question id) is decided at the threshold calibrated on the other folds. Close to the in-sample share
     * when the threshold generalises; far below it when it fits the questions it was chosen on.
     */
    public static java.util.Map<org.rujp.bot.knowledge.Lang, Double> crossValidated(List<Outcome> unthresholded, int k) {
        java.util.Map<org.rujp.bot.knowledge.Lang, Double> result = new java.util.EnumMap<>(org.rujp.bot.knowledge.Lang.class);
        for (org.rujp.bot.knowledge.Lang lang : org.rujp.bot.knowledge.Lang.values()) {
            List<Outcome> subset = unthresholded.stream().filter(o -> o.question().lang() == lang).toList();
            if (subset.size() < k) {
                continue;
            }
            int right = 0;
            for (int fold = 0; fold < k; fold++) {
                int f = fold;
                List<Outcome> train = subset.stream().filter(o -> fold(o, k) != f).toList();
                List<Outcome> held = subset.stream().filter(o -> fold(o, k) == f).toList();
                if (train.isEmpty() || held.isEmpty()) {
                    continue;
                }
                double t = calibrate(train).threshold();
                right += calibrateAt(held, t).rightDecisions();
            }
            result.put(lang, (double) right / subset.size());
        }
        return result;
    }

    private static int fold(Outcome o, int k) {
        return Math.floorMod(o.question().id().hashCode() * 31 + 7, k);
    }

    /** The decision quality of a given threshold. */
    public static Calibration calibrateAt(List<Outcome> unthresholded, double threshold) {
        return describe(points(unthresholded), threshold, threshold, threshold);
    }
}
